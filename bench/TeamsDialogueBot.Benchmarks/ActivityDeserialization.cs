using System.Text;
using BenchmarkDotNet.Attributes;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Benchmarks;

/// <summary>The first thing every request pays: a Teams activity from UTF-8 JSON to the model.</summary>
[MemoryDiagnoser]
public class ActivityDeserialization
{
    private readonly byte[] _vote = Encoding.UTF8.GetBytes("""
        {"type":"invoke","name":"adaptiveCard/action","id":"f:1234567890","timestamp":"2024-07-15T08:00:00.000Z","localTimestamp":"2024-07-15T10:00:00.000+02:00",
         "channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
         "from":{"id":"29:1Xb7...-participant","name":"Remote Participant","aadObjectId":"b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"},
         "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"},
         "recipient":{"id":"28:3f0c1b8e-0000-4000-8000-0000000000a1","name":"Dialogue Bot"},
         "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Vienna"}],
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"meeting":{"id":"MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA=="},"source":{"name":"message"}},
         "replyToId":"1700000000001","locale":"en-US",
         "value":{"action":{"type":"Action.Execute","id":"vote","verb":"poll.vote","data":{"verb":"poll.vote","pollId":"p1","choice":"b"}},"trigger":"manual"}}
        """);

    private readonly byte[] _mention = Encoding.UTF8.GetBytes("""
        {"type":"message","id":"1700000000002","timestamp":"2024-07-15T08:00:00.000Z","channelId":"msteams",
         "serviceUrl":"https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
         "from":{"id":"29:1Xb7...-participant","name":"Remote Participant","aadObjectId":"b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"},
         "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"},
         "recipient":{"id":"28:3f0c1b8e-0000-4000-8000-0000000000a1","name":"Dialogue Bot"},
         "text":"<at>Dialogue Bot</at> q+ to say something about the review process","textFormat":"plain",
         "entities":[{"type":"mention","text":"<at>Dialogue Bot</at>","mentioned":{"id":"28:3f0c1b8e-0000-4000-8000-0000000000a1","name":"Dialogue Bot"}}],
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"meeting":{"id":"MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA=="}},
         "locale":"en-US"}
        """);

    [Benchmark]
    public Activity? VoteInvoke() => ProtocolJson.ParseActivity(_vote);

    [Benchmark]
    public Activity? MentionMessage() => ProtocolJson.ParseActivity(_mention);
}
