using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsDialogueBot.Host.Tests.Floor;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>The phone floor page (issue 14): in the dialogue's language, or the browser's when it is a UN one; Arabic right to left.</summary>
public sealed class FloorLanguageTests : ChairChatTests
{
    [Fact]
    public async Task An_Arabic_dialogue_s_page_is_Arabic_and_right_to_left_from_the_form_to_the_outcome()
    {
        using var phone = await OnAsync("ar");

        var (status, form) = await phone.PageAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", form, StringComparison.Ordinal);
        Assert.Contains("قبل أن تطلب الكلمة", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Before you request the floor", form, StringComparison.Ordinal);

        using var refused = await phone.JoinAsync("");
        Assert.Contains("يُرجى كتابة اسمك.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var joined = await phone.JoinAsync("Amara Okafor", "Youth Forum", "youth");
        using var requested = await phone.ActAsync("request");
        var (_, page) = await phone.PageAsync("?done=" + Phone.Done(requested));
        Assert.Contains("أنت مدرج في قائمة المتكلمين.", page, StringComparison.Ordinal);
        Assert.Contains("ترتيبك في القائمة: 1", page, StringComparison.Ordinal);
        Assert.Contains("\"NowSpeaking\":\"", page, StringComparison.Ordinal); // the script's texts come in the same language
        Assert.Contains("المتكلم الآن", page, StringComparison.Ordinal);
        Assert.DoesNotContain("You are number", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chinese_dialogue_s_json_reply_is_in_Chinese()
    {
        using var phone = await OnAsync("zh");
        using var joined = await phone.JoinAsync("Li Wei", null, "youth");

        using var reply = await phone.ActAsync("request", json: true);

        Assert.Contains("您已列入发言名单。", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_in_a_UN_language_reads_its_own_and_any_other_reads_the_dialogue_s()
    {
        using var phone = await OnAsync("es");

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", await GetAsync(phone.Token, "fr-CH, en;q=0.5"), StringComparison.Ordinal);
        var german = await GetAsync(phone.Token, "de-DE, fr;q=0.8");
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", german, StringComparison.Ordinal);
        Assert.Contains("Antes de pedir la palabra", german, StringComparison.Ordinal);
        Assert.Contains("Ce lien ne fonctionne pas", await GetAsync(new string('x', 43), "fr"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_an_Arabic_phone_the_programme_s_English_title_and_item_keep_their_own_language_and_direction()
    {
        // The page is Arabic (the browser's), right to left; the programme has no Arabic, so its title and item stay
        // English and must be marked so, or their numbers and punctuation are laid out right to left ("I. Opening" → "Opening .I").
        using var phone = await OnAsync("en");

        var page = await GetAsync(phone.Token, "ar");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Matches("<p class=\"dialogue\" lang=\"en\" dir=\"ltr\">[^<]+</p>", page);
        Assert.Matches("<p id=\"item\" class=\"item\" lang=\"en\" dir=\"ltr\">[^<]+</p>", page);
    }

    [Fact]
    public async Task On_an_Arabic_page_what_people_typed_is_laid_out_in_its_own_direction()
    {
        // A Latin name in a right-to-left paragraph loses its closing parenthesis to the far side: "(Ana Lima (UNODC".
        using var phone = await OnAsync("ar");
        using var joined = await phone.JoinAsync("Ana Lima", "UNODC (Vienna)", "youth");
        using var requested = await phone.ActAsync("request");
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));

        var (_, page) = await phone.PageAsync();
        var (_, form) = await phone.PageAsync("?edit=1");

        Assert.Contains("<p id=\"floor-name\" class=\"floor-name\" dir=\"auto\">Ana Lima (UNODC (Vienna))</p>", page, StringComparison.Ordinal);
        Assert.Contains("<bdi>Ana Lima</bdi> · <bdi>UNODC (Vienna)</bdi> · <bdi>", page, StringComparison.Ordinal);
        Assert.Matches("<input id=\"name\" [^>]*dir=\"auto\"", form);
        Assert.Matches("<input id=\"organisation\" [^>]*dir=\"auto\"", form);
    }

    private async Task<string> GetAsync(string token, string acceptLanguage)
    {
        using var client = BotHost.NewClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        using var response = await client.GetAsync(new Uri($"/floor/{token}", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Phone> OnAsync(string language)
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "language " + language));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr on"));
        return new Phone(BotHost, await Phone.TokenAsync(BotHost, Chat.ConversationId));
    }
}
