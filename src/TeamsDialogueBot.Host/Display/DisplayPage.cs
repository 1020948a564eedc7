using System.Net;
using Microsoft.Extensions.FileProviders;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// The display's HTML: one template (wwwroot/display/display.html) in two layouts. The server fills in the
/// layout, language, direction and title so the first paint is already right; the rest arrives over SignalR.
/// </summary>
internal sealed class DisplayPage(IWebHostEnvironment environment)
{
    private string? _template;

    public string Render(string layout, string language, string direction, string title)
    {
        _template ??= Read(environment.WebRootFileProvider, "display/display.html");
        return _template
            .Replace("{{layout}}", layout, StringComparison.Ordinal)
            .Replace("{{lang}}", WebUtility.HtmlEncode(language), StringComparison.Ordinal)
            .Replace("{{dir}}", direction, StringComparison.Ordinal)
            .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal);
    }

    public static IFileInfo Asset(IWebHostEnvironment environment, string name) =>
        environment.WebRootFileProvider.GetFileInfo("display/" + name);

    private static string Read(IFileProvider files, string path)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException("The room display's page is missing from wwwroot.", path);
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}
