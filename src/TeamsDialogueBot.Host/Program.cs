using TeamsDialogueBot.Host.Composition;
using TeamsDialogueBot.Host.Messaging;
using TeamsDialogueBot.Host.Pages;

var builder = WebApplication.CreateBuilder(args);
builder.AddDialogueBot();

var app = builder.Build();
await app.PrepareStorageAsync();
app.MapBotMessages();
app.MapRoomDisplay();
app.MapAppPages();
app.MapHealthChecks("/healthz");
app.Run();

/// <summary>Entry point, public so WebApplicationFactory tests can start the host.</summary>
public partial class Program;
