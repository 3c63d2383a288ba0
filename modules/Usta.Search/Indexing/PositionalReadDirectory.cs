using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Usta.Search.Indexing;

/// <summary>
/// A folder whose files are read through a buffer with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>):
/// the clones of an input share its file handle and nothing else, so concurrent searches never wait
/// on each other (Lucene.NET's NIOFSDirectory goes through a stream helper with a lock per file on
/// some targets), and a buffer of 16 KB reads a stored-fields chunk in one or two calls. Writing is
/// FSDirectory's own.
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <summary>About one compressed chunk of stored fields (Lucene 4.1's chunks are 16 KB of documents).</summary>
    public const int BufferSize = 16 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new Input($"PositionalReadDirectory.Input(path=\"{Path.Combine(Directory.FullName, name)}\")", file, RandomAccess.GetLength(file));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private sealed class Input(string description, SafeFileHandle file, long length) : BufferedIndexInput(description, PositionalReadDirectory.BufferSize)
    {
        // Clones are copies made by Lucene (MemberwiseClone): only the input it opened closes the file.
        private bool _clone;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone._clone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length) throw new EndOfStreamException($"read past EOF: {this}");
            while (count > 0)
            {
                var read = RandomAccess.Read(file, b.AsSpan(offset, count), position);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this} at {position}");
                position += read;
                offset += read;
                count -= read;
            }
        }

        // Every read says where it reads: there is nothing to move.
        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_clone) file.Dispose();
        }
    }
}
