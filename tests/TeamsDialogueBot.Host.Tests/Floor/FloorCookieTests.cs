using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Host.Floor;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>The phone's cookie: signed, and good for its lifetime only, whatever the browser keeps.</summary>
public sealed class FloorCookieTests
{
    private const string Conversation = "19:meeting_cookie@thread.v2";
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly string[] Groups = ["NGO", "Academia"];
    private static readonly DateTimeOffset Issued = new(2026, 7, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_copied_value_stands_for_its_phone_for_the_cookie_s_lifetime_and_not_after()
    {
        var value = IssuedValue(Issued);

        Assert.Equal("Ana Lima", FloorCookie.Read(RequestWith(value), Conversation, Groups, Key, Issued.AddDays(6))?.Name);
        Assert.NotNull(FloorCookie.BrowserIdOf(RequestWith(value), Conversation, Key, Issued + FloorCookie.Lifetime));

        // The browser was told to drop it after seven days; a value kept (copied) past that no longer says who this is.
        var late = Issued + FloorCookie.Lifetime + TimeSpan.FromSeconds(1);
        Assert.Null(FloorCookie.Read(RequestWith(value), Conversation, Groups, Key, late));
        Assert.Null(FloorCookie.BrowserIdOf(RequestWith(value), Conversation, Key, late));
    }

    [Fact]
    public void A_value_issued_in_the_future_or_signed_for_another_dialogue_reads_as_none()
    {
        var value = IssuedValue(Issued.AddHours(1));

        Assert.Null(FloorCookie.Read(RequestWith(value), Conversation, Groups, Key, Issued));
        Assert.Null(FloorCookie.Read(RequestWith(value, "19:meeting_other@thread.v2"), "19:meeting_other@thread.v2", Groups, Key, Issued.AddHours(2)));
        Assert.NotNull(FloorCookie.Read(RequestWith(value), Conversation, Groups, Key, Issued.AddHours(2)));
    }

    private static string IssuedValue(DateTimeOffset at)
    {
        Assert.True(PhoneProfile.TryCreate(FloorTokens.NewBrowserId(), "Ana Lima", "UNODC", "NGO", Groups, out var visitor, out _));
        var context = new DefaultHttpContext();
        FloorCookie.Write(context, Conversation, visitor!, https: true, Key, at);
        var header = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        Assert.Equal(FloorCookie.NameFor(Conversation), header.Name.ToString());
        return header.Value.ToString();
    }

    private static HttpRequest RequestWith(string value, string conversation = Conversation)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = FloorCookie.NameFor(conversation) + "=" + value;
        return context.Request;
    }
}
