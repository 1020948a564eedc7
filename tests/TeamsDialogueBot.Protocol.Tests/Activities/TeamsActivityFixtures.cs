namespace TeamsDialogueBot.Protocol.Tests.Activities;

/// <summary>Teams activities as the channel sends them (from /work/shared/samples/activities, placeholders for ids).</summary>
internal static class TeamsActivityFixtures
{
    public const string MessageWithMentionInMeetingChat = """
        {
          "text": "<at>Dialogue Bot</at> /next",
          "textFormat": "plain",
          "attachments": [
            { "contentType": "text/html", "content": "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">Dialogue Bot</span>&nbsp;/next</div></div>" }
          ],
          "type": "message",
          "timestamp": "2024-07-15T08:12:31.2240000Z",
          "localTimestamp": "2024-07-15T10:12:31.2240000+02:00",
          "id": "1721031151224",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
          "from": {
            "id": "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw",
            "name": "Co-Chair One",
            "aadObjectId": "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          },
          "recipient": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
          "entities": [
            {
              "mentioned": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
              "text": "<at>Dialogue Bot</at>",
              "type": "mention"
            },
            { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Vienna", "type": "clientInfo" }
          ],
          "channelData": {
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "meeting": { "id": "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==" }
          },
          "locale": "en-US",
          "localTimezone": "Europe/Vienna"
        }
        """;

    public const string AdaptiveCardActionInvoke = """
        {
          "name": "adaptiveCard/action",
          "type": "invoke",
          "timestamp": "2024-07-15T13:41:07.5830000Z",
          "localTimestamp": "2024-07-15T15:41:07.5830000+02:00",
          "id": "f:2a0e9b8c-1d6f-4d7a-8b3c-5e6f7a8b9c0d",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
          "from": {
            "id": "29:1Xk2m3N4o5P6q7R8s9T0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6",
            "name": "Remote Participant",
            "aadObjectId": "b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          },
          "recipient": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
          "entities": [
            { "locale": "en-US", "country": "US", "platform": "Windows", "timezone": "Europe/Berlin", "type": "clientInfo" }
          ],
          "channelData": {
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "meeting": { "id": "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==" },
            "source": { "name": "message" },
            "legacy": { "replyToId": "1:1Qa2Ws3Ed4Rf5Tg6Yh7Uj8Ik9Ol0P" }
          },
          "replyToId": "1721051200118",
          "value": {
            "action": {
              "type": "Action.Execute",
              "id": "vote",
              "verb": "poll.vote",
              "data": { "pollId": "p7", "choice": "protection" }
            },
            "trigger": "manual"
          },
          "locale": "en-US",
          "localTimezone": "Europe/Berlin"
        }
        """;

    public const string ConversationUpdateBotAdded = """
        {
          "membersAdded": [ { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1" } ],
          "type": "conversationUpdate",
          "timestamp": "2024-07-15T07:55:02.1230000Z",
          "id": "f:6d7e8f90-1a2b-4c3d-9e8f-7a6b5c4d3e2f",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
          "from": {
            "id": "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw",
            "aadObjectId": "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          },
          "recipient": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
          "channelData": {
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "meeting": { "id": "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==" }
          }
        }
        """;

    public const string MeetingStartEvent = """
        {
          "name": "application/vnd.microsoft.meetingStart",
          "type": "event",
          "timestamp": "2024-07-15T08:00:03.4560000Z",
          "id": "f:1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
          "from": { "id": "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw", "aadObjectId": "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01" },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          },
          "recipient": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
          "channelData": {
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "meeting": { "id": "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==" },
            "eventType": "",
            "source": { "name": "message" }
          },
          "value": {
            "Id": "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==",
            "JoinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm%40thread.v2/0",
            "Title": "Constructive Dialogue on the UNTOC and Protocols' review process",
            "MeetingType": "Scheduled",
            "StartTime": "2024-07-15T08:00:02.9890000Z"
          }
        }
        """;

    public const string InstallationUpdateAdd = """
        {
          "action": "add",
          "type": "installationUpdate",
          "timestamp": "2024-07-15T07:55:01.9870000Z",
          "id": "f:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
          "from": {
            "id": "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw",
            "aadObjectId": "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          },
          "recipient": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
          "channelData": {
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "source": { "name": "message" }
          },
          "locale": "en-US"
        }
        """;

    public const string ActionSubmitMessage = """
        {
          "type": "message",
          "text": "",
          "timestamp": "2024-07-15T13:42:10.0010000Z",
          "id": "1721051330001",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/",
          "from": {
            "id": "29:1Xk2m3N4o5P6q7R8s9T0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6",
            "name": "Remote Participant",
            "aadObjectId": "b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          },
          "recipient": { "id": "28:3f0c1b8e-0000-4000-8000-0000000000a1", "name": "Dialogue Bot" },
          "channelData": {
            "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            "meeting": { "id": "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==" },
            "source": { "name": "message" }
          },
          "replyToId": "1721051200118",
          "value": { "action": "poll.vote", "pollId": "p7", "choice": "protection" },
          "locale": "en-US"
        }
        """;
}
