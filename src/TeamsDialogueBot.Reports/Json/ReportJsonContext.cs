using System.Text.Json.Serialization;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Json;

// NaN or infinity from a caller's division must not make the whole report fail: it is written as a string.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<ReportScope>),
        typeof(CamelCaseEnumConverter<ReportChannel>),
        typeof(CamelCaseEnumConverter<ReportPollKind>),
        typeof(CamelCaseEnumConverter<ReportPollState>),
    ])]
[JsonSerializable(typeof(ReportJsonDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
