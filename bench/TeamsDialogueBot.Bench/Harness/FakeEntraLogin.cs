using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsDialogueBot.Bench.Harness;

/// <summary>
/// Entra ID's token endpoint on 127.0.0.1, so the bot's MSAL client-credentials call succeeds without the
/// internet and without a change to the bot. MSAL insists on https and only skips its instance discovery
/// for hosts it knows, so the bot keeps its default authority (login.microsoftonline.com) and gets
/// HTTPS_PROXY pointing at this class's CONNECT proxy, which tunnels every host to a local TLS endpoint.
/// That endpoint's certificate is issued by a throw-away CA the bot trusts through SSL_CERT_FILE.
/// </summary>
public sealed class FakeEntraLogin : IAsyncDisposable
{
    public const string AccessToken = "bench-outbound-token";
    private const string Host = "login.microsoftonline.com";

    private readonly WebApplication _app;
    private readonly TcpListener _proxy;
    private readonly CancellationTokenSource _stop = new();
    private readonly string _directory;
    private int _tokenRequests;
    private int _otherRequests;
    private int _tlsPort;
    private Task _accepting = Task.CompletedTask;

    private FakeEntraLogin(WebApplication app, TcpListener proxy, string directory)
    {
        _app = app;
        _proxy = proxy;
        _directory = directory;
    }

    /// <summary>PEM file of the CA that issued the endpoint's certificate: the bot's SSL_CERT_FILE.</summary>
    public string CaBundlePath => Path.Combine(_directory, "bench-ca.pem");

    public string ProxyUrl => "http://127.0.0.1:" + ((IPEndPoint)_proxy.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>Requests for anything but the token endpoint (instance discovery would show up here).</summary>
    public int OtherRequests => Volatile.Read(ref _otherRequests);

    /// <summary>Environment for the bot process: proxy for https only, loopback direct, the CA trusted.</summary>
    public IReadOnlyDictionary<string, string?> BotEnvironment => new Dictionary<string, string?>
    {
        ["HTTPS_PROXY"] = ProxyUrl,
        ["NO_PROXY"] = "127.0.0.1,localhost",
        ["SSL_CERT_FILE"] = CaBundlePath,
    };

    public static async Task<FakeEntraLogin> StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tdb-bench-login", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var (ca, leaf) = IssueCertificates();
        await File.WriteAllTextAsync(Path.Combine(directory, "bench-ca.pem"), ca.ExportCertificatePem(), cancellationToken);
        ca.Dispose();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(leaf)));
        var app = builder.Build();
        var proxy = new TcpListener(IPAddress.Loopback, 0);
        var login = new FakeEntraLogin(app, proxy, directory);
        app.Run(login.AnswerAsync);
        await app.StartAsync(cancellationToken);
        login._tlsPort = new Uri(app.Urls.First()).Port;
        proxy.Start();
        login._accepting = login.AcceptAsync();
        return login;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _proxy.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        // POST /{tenant}/oauth2/v2.0/token with grant_type=client_credentials: what MSAL sends for AcquireTokenForClient.
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Value?.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) == true)
        {
            var form = await context.Request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || string.IsNullOrEmpty(form["client_id"]))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            Interlocked.Increment(ref _tokenRequests);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3599,
                ["ext_expires_in"] = 3599,
                ["access_token"] = AccessToken,
            }));
            return;
        }

        Interlocked.Increment(ref _otherRequests);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task AcceptAsync()
    {
        var tunnels = new List<Task>();
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _proxy.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                break;
            }

            tunnels.RemoveAll(t => t.IsCompleted);
            tunnels.Add(TunnelAsync(client));
        }

        await Task.WhenAll(tunnels);
    }

    // Answers "CONNECT host:443" by splicing the client onto the local TLS endpoint, whatever the host.
    private async Task TunnelAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream, _stop.Token);
                if (!head.StartsWith("CONNECT ", StringComparison.Ordinal))
                {
                    await stream.WriteAsync("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), _stop.Token);
                    return;
                }

                using var upstream = new TcpClient();
                await upstream.ConnectAsync(IPAddress.Loopback, _tlsPort, _stop.Token);
                await stream.WriteAsync("HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray(), _stop.Token);
                var other = upstream.GetStream();
                var up = stream.CopyToAsync(other, _stop.Token);
                var down = other.CopyToAsync(stream, _stop.Token);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A tunnel closed by either side, or the bench stopping: nothing to report.
            }
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(256);
        var one = new byte[1];
        while (bytes.Count < 8192 && await stream.ReadAsync(one, cancellationToken) == 1)
        {
            bytes.Add(one[0]);
            if (bytes.Count >= 4 && bytes[^1] == '\n' && bytes[^2] == '\r' && bytes[^3] == '\n' && bytes[^4] == '\r')
            {
                break;
            }
        }

        return Encoding.ASCII.GetString([.. bytes]);
    }

    private static (X509Certificate2 Ca, X509Certificate2 Leaf) IssueCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=TeamsDialogueBot bench CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=" + Host, leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        leafRequest.CertificateExtensions.Add(names.Build());
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var serial = RandomNumberGenerator.GetBytes(16);
        using var issued = leafRequest.Create(ca, now.AddMinutes(-5), now.AddDays(1).AddMinutes(-1), serial);
        using var withKey = issued.CopyWithPrivateKey(leafKey);
        // Kestrel on Linux wants a key it can use from a PKCS#12 round trip, not an ephemeral one.
        var leaf = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        return (ca, leaf);
    }
}
