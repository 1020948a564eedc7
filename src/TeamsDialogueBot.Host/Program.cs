using TeamsDialogueBot.Host.Composition;
using TeamsDialogueBot.Host.Messaging;
using TeamsDialogueBot.Host.Pages;

// The application's folder, not the working directory: started as `dotnet /path/TeamsDialogueBot.Host.dll` from
// anywhere, it still finds appsettings.json and wwwroot (issue 15: the room display answered 500 otherwise).
// Relative paths in settings that are not files of the app (the SQLite Data Source) keep meaning the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var workerThreads = builder.LimitWorkerThreads();
builder.AddDialogueBot();
builder.AddHealth();

var app = builder.Build();
app.LogWorkerThreads(workerThreads);
await app.PrepareStorageAsync();
await app.WarmUpHotPathsAsync();
app.MapBotMessages();
app.MapRoomDisplay();
app.MapReports();
app.MapFloorPhones();
app.MapAppPages();
app.MapHealth();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory tests can start the host.</summary>
public partial class Program;
