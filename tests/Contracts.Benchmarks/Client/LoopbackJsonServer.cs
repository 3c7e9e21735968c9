using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Benchmarks.Client;

/// <summary>
/// A keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with the same JSON body. Bare sockets, so the
/// server's own cost stays small and equal for every contender.
/// </summary>
public sealed class LoopbackJsonServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _response;
    private readonly CancellationTokenSource _stop = new();

    public LoopbackJsonServer(string json, int status = 201)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Created\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
        _response = new byte[head.Length + body.Length];
        head.CopyTo(_response, 0);
        body.CopyTo(_response, head.Length);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[64 * 1024];
            var filled = 0;
            try
            {
                while (true)
                {
                    var read = await socket.ReceiveAsync(buffer.AsMemory(filled), _stop.Token);
                    if (read == 0) return;
                    filled += read;
                    // Answer each complete request (headers and the Content-Length body) in the buffer.
                    while (TryTakeRequest(buffer, ref filled))
                    {
                        await socket.SendAsync(_response, _stop.Token);
                    }
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (SocketException)
            {
            }
        }
    }

    private static bool TryTakeRequest(byte[] buffer, ref int filled)
    {
        var text = Encoding.ASCII.GetString(buffer, 0, filled);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var length = 0;
        foreach (var line in text.Substring(0, end).Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line.AsSpan(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        var total = end + 4 + length;
        if (filled < total) return false;
        Buffer.BlockCopy(buffer, total, buffer, 0, filled - total);
        filled -= total;
        return true;
    }
}
