using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;
using TeamsDialogueBot.Host.Pages;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// The display's HTML: one template (wwwroot/display/display.html) in two layouts, and the tab's configuration page.
/// The server fills in the layout, language, direction, title and every word ({{t:Name}}, from
/// <see cref="DisplayPageTexts"/>) so the first paint is already right; the rest arrives over SignalR.
/// </summary>
internal sealed partial class DisplayPage(IWebHostEnvironment environment)
{
    private string? _template;
    private string? _configure;

    /// <param name="language">The page's words: the dialogue's language (a shared screen).</param>
    /// <param name="textLanguage">The language of the programme's title, which may differ (no translation into the dialogue's).</param>
    public string Render(string layout, DisplayPageTexts language, string title, string textLanguage, string textDirection)
    {
        ArgumentNullException.ThrowIfNull(language);
        _template ??= Read(environment.WebRootFileProvider, "display/display.html");
        // The words first, the title last: a programme's title is never read as a placeholder.
        return Fill(_template, language)
            .Replace("{{layout}}", layout, StringComparison.Ordinal)
            .Replace("{{textLang}}", H(textLanguage), StringComparison.Ordinal)
            .Replace("{{textDir}}", textDirection, StringComparison.Ordinal)
            .Replace("{{pageTitle}}", H(language["PageTitle"].Replace("{0}", title, StringComparison.Ordinal)), StringComparison.Ordinal)
            .Replace("{{title}}", H(title), StringComparison.Ordinal);
    }

    /// <summary>The tab's configuration page in <paramref name="language"/>; its script may switch to the Teams client's.</summary>
    public string Configure(DisplayPageTexts language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _configure ??= Read(environment.WebRootFileProvider, "display/configure.html");
        return Fill(_configure, language);
    }

    public static IFileInfo Asset(IWebHostEnvironment environment, string name) =>
        environment.WebRootFileProvider.GetFileInfo("display/" + name);

    private static string Fill(string template, DisplayPageTexts language)
    {
        var page = template
            .Replace("{{lang}}", H(language.Language), StringComparison.Ordinal)
            .Replace("{{dir}}", language.Direction, StringComparison.Ordinal)
            .Replace("{{texts}}", language.Json, StringComparison.Ordinal);
        page = Word().Replace(page, m => H(language[m.Groups[1].Value]));

        // `commands` in a text are code, as in the chat; encoded first, so only the backticks become markup.
        return WithCode().Replace(page, m => Backticks().Replace(H(language[m.Groups[1].Value]), "<code>$1</code>"));
    }

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

    private static string H(string text) => Html.Encode(text);

    [GeneratedRegex(@"\{\{t:(\w+)\}\}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\{code:(\w+)\}\}")]
    private static partial Regex WithCode();

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex Backticks();
}
