using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// Reads WebVTT as Teams writes transcripts ("WEBVTT", blank-line separated cues "00:00:03.120 --> 00:00:05.600" with
/// "&lt;v Speaker&gt;text&lt;/v&gt;"), line by line so a long transcript is never one string. A file without the WEBVTT
/// signature is unreadable; a cue block with broken timing is skipped and counted; overlapping cues are kept as they are.
/// </summary>
/// <remarks>https://www.w3.org/TR/webvtt1/#file-structure</remarks>
public static partial class WebVtt
{
    /// <param name="keep">Which cues to keep, by start time (the rest are parsed and dropped, so memory follows what is kept).</param>
    /// <param name="maxChars">Stop reading past this many characters: the document is then reported too large.</param>
    public static async Task<WebVttDocument> ReadAsync(TextReader reader, Func<TimeSpan, bool>? keep, long maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = await reader.ReadLineAsync(cancellationToken);
        if (first is null || !IsSignature(first.TrimStart('\uFEFF')))
        {
            return new WebVttDocument(false, [], 0);
        }

        var cues = new List<TranscriptCue>();
        var block = new List<string>();
        long read = first.Length;
        var blocks = 0;
        var broken = 0;
        var header = true;
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken);
            if (line is not null)
            {
                read += line.Length + 1;
                if (read > maxChars)
                {
                    return new WebVttDocument(true, cues, broken, TooLarge: true);
                }
            }

            if (line is null || line.Trim().Length == 0)
            {
                // The header's own lines run until the first blank line.
                if (!header && block.Count > 0)
                {
                    blocks++;
                    switch (Cue(block))
                    {
                        case null:
                            broken++;
                            break;
                        case { } cue when cue.Text.Length > 0 && (keep is null || keep(cue.Start)):
                            cues.Add(cue);
                            break;
                    }
                }

                header = false;
                block.Clear();
                if (line is null)
                {
                    break;
                }

                continue;
            }

            if (!header)
            {
                block.Add(line);
            }
        }

        // Cue blocks but not one readable cue: this is not a transcript we can use.
        return new WebVttDocument(blocks == 0 || broken < blocks, cues, broken);
    }

    private static bool IsSignature(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    // Null for a broken cue; NOTE, STYLE and REGION blocks read as a cue without text (dropped).
    private static TranscriptCue? Cue(List<string> block)
    {
        if (block[0].StartsWith("NOTE", StringComparison.Ordinal) || block[0].StartsWith("STYLE", StringComparison.Ordinal)
            || block[0].StartsWith("REGION", StringComparison.Ordinal))
        {
            return new TranscriptCue(TimeSpan.Zero, TimeSpan.Zero, null, "");
        }

        // An optional identifier line comes before the timing line.
        var timing = block[0].Contains("-->", StringComparison.Ordinal) ? 0 : block.Count > 1 && block[1].Contains("-->", StringComparison.Ordinal) ? 1 : -1;
        if (timing < 0)
        {
            return null;
        }

        var parts = block[timing].Split("-->", 2, StringSplitOptions.TrimEntries);
        var endText = parts[1].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!TryTime(parts[0], out var start) || !TryTime(endText, out var end) || end < start)
        {
            return null;
        }

        var raw = string.Join(' ', block.Skip(timing + 1));
        var voice = Voice().Match(raw) is { Success: true } v ? WebUtility.HtmlDecode(v.Groups[1].Value).Trim() : null;
        var text = WebUtility.HtmlDecode(Tags().Replace(raw, "")).Replace('\u00A0', ' ');
        return new TranscriptCue(start, end, voice is { Length: > 0 } ? voice : null, Collapse(text));
    }

    // hh:mm:ss.ttt or mm:ss.ttt (the hours are optional); a comma for the dot is tolerated (SRT habit).
    private static bool TryTime(string text, out TimeSpan time)
    {
        time = default;
        var match = Timestamp().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var hours = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var millis = int.Parse(match.Groups[4].Value.PadRight(3, '0')[..3], CultureInfo.InvariantCulture);
        if (minutes > 59 || seconds > 59)
        {
            return false;
        }

        time = new TimeSpan(0, hours, minutes, seconds, millis);
        return true;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:(\d{1,3}):)?(\d{2}):(\d{2})[.,](\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"<v(?:\.[^ >]*)?\s+([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Voice();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
