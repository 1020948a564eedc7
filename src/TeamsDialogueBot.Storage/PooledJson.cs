using System.Buffers;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// JSON written into an array rented from the shared pool; <see cref="Length"/> bytes of <see cref="Buffer"/> are the
/// text. Returned to the pool when disposed: a list's JSON grows past the large object heap's 85,000 bytes at about
/// 300 entries, and a fresh array per save of it is a gen2 collection every few saves.
/// </summary>
internal sealed class PooledJson : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

    public byte[] Buffer => _buffer;

    public int Length { get; private set; }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsSpan(Length);
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int sizeHint)
    {
        var needed = Length + Math.Max(sizeHint, 256);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
