using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Reports.Json;

/// <summary>Enums as camelCase names ("singleChoice"), never numbers: the names are the documented schema, the numbers are not.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
