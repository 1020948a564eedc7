namespace TeamsDialogueBot.Host.Messaging;

/// <summary>A JSON body that is already UTF-8 bytes, written as it is (no parse, no re-serialisation).</summary>
internal sealed class Utf8JsonResult(int statusCode, ReadOnlyMemory<byte> body) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
