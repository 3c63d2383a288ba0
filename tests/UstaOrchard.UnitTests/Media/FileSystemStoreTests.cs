using System.Text;
using UstaOrchard.Core.Media;

namespace UstaOrchard.UnitTests.Media;

/// <summary>The file-system store on a real temporary folder.</summary>
public sealed class FileSystemStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "usta-store-" + Guid.NewGuid().ToString("N"));
    private readonly FileSystemStore _store;

    public FileSystemStoreTests() => _store = new FileSystemStore(Path.Combine(_folder, "Media"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadAsync(string path)
    {
        await using var stream = await _store.OpenReadAsync(path);
        return new StreamReader(stream!).ReadToEnd();
    }

    [Fact]
    public async Task Write_CreatesFolders_AndLeavesNoTemporaryFile()
    {
        var entry = await _store.WriteAsync("a/b/anh.jpg", Text("mot"), overwrite: false);
        Assert.Equal(("a/b/anh.jpg", "anh.jpg", "a/b", 3L), (entry.Path, entry.Name, entry.FolderPath, entry.Length));
        Assert.Equal("mot", await ReadAsync("a/b/anh.jpg"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_store.Root, ".tmp")));
    }

    [Fact]
    public async Task Write_DoesNotOverwrite_UnlessAsked()
    {
        await _store.WriteAsync("anh.jpg", Text("cu"), overwrite: false);
        var error = await Assert.ThrowsAsync<FileStoreException>(() => _store.WriteAsync("anh.jpg", Text("moi"), overwrite: false));
        Assert.Equal(FileStoreError.AlreadyExists, error.Error);
        Assert.Equal("cu", await ReadAsync("anh.jpg"));

        await _store.WriteAsync("anh.jpg", Text("moi"), overwrite: true);
        Assert.Equal("moi", await ReadAsync("anh.jpg"));
    }

    [Fact]
    public async Task FailedWrite_LeavesTheOldFile_AndNoTemporaryFile()
    {
        await _store.WriteAsync("anh.jpg", Text("cu"), overwrite: false);
        await Assert.ThrowsAsync<IOException>(() => _store.WriteAsync("anh.jpg", new FailingStream(), overwrite: true));
        Assert.Equal("cu", await ReadAsync("anh.jpg"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_store.Root, ".tmp")));
    }

    [Fact]
    public async Task ReaderDuringAReplace_SeesTheWholeOldContent()
    {
        await _store.WriteAsync("anh.jpg", Text(new string('a', 100_000)), overwrite: false);
        await using var reader = await _store.OpenReadAsync("anh.jpg");
        await _store.WriteAsync("anh.jpg", Text(new string('b', 10)), overwrite: true);
        var old = await new StreamReader(reader!).ReadToEndAsync();
        Assert.Equal(new string('a', 100_000), old);
        Assert.Equal(new string('b', 10), await ReadAsync("anh.jpg"));
    }

    [Fact]
    public async Task Move_MovesAFileOrFolder_AndNeverOverwrites()
    {
        await _store.WriteAsync("a/anh.jpg", Text("1"), overwrite: false);
        await _store.WriteAsync("b/anh.jpg", Text("2"), overwrite: false);
        await _store.MoveAsync("a/anh.jpg", "c/anh-moi.jpg");
        Assert.Null(await _store.GetEntryAsync("a/anh.jpg"));
        Assert.Equal("1", await ReadAsync("c/anh-moi.jpg"));

        var clash = await Assert.ThrowsAsync<FileStoreException>(() => _store.MoveAsync("c/anh-moi.jpg", "b/anh.jpg"));
        Assert.Equal(FileStoreError.AlreadyExists, clash.Error);
        Assert.Equal("2", await ReadAsync("b/anh.jpg"));

        await _store.MoveAsync("b", "d");
        Assert.Equal("2", await ReadAsync("d/anh.jpg"));
        var missing = await Assert.ThrowsAsync<FileStoreException>(() => _store.MoveAsync("khong-co.jpg", "x.jpg"));
        Assert.Equal(FileStoreError.NotFound, missing.Error);
    }

    [Fact]
    public async Task DeleteFolder_OnlyWhenEmpty_UnlessRecursive()
    {
        await _store.WriteAsync("thu-muc/anh.jpg", Text("1"), overwrite: false);
        var error = await Assert.ThrowsAsync<FileStoreException>(() => _store.DeleteFolderAsync("thu-muc"));
        Assert.Equal(FileStoreError.NotEmpty, error.Error);
        Assert.NotNull(await _store.GetEntryAsync("thu-muc/anh.jpg"));

        Assert.True(await _store.DeleteFileAsync("thu-muc/anh.jpg"));
        Assert.False(await _store.DeleteFileAsync("thu-muc/anh.jpg"));
        Assert.True(await _store.DeleteFolderAsync("thu-muc"));
        Assert.False(await _store.DeleteFolderAsync("thu-muc"));
    }

    [Fact]
    public async Task List_PagesFoldersFirst_AndHidesTheStoresOwnFolders()
    {
        await _store.CreateFolderAsync("z-thu-muc");
        foreach (var name in new[] { "c.jpg", "a.jpg", "b.jpg" }) await _store.WriteAsync(name, Text(name), overwrite: false);
        var first = await _store.ListAsync("", 0, 2);
        Assert.Equal(4, first.Total); // .tmp is not listed
        Assert.Equal(["z-thu-muc", "a.jpg"], first.Entries.Select(e => e.Name));
        Assert.Equal(["b.jpg", "c.jpg"], (await _store.ListAsync("", 2, 2)).Entries.Select(e => e.Name));
        Assert.Equal(0, (await _store.ListAsync("khong-co", 0, 10)).Total);
    }

    [Theory]
    [InlineData("../usta.db")]
    [InlineData("a/../../usta.db")]
    [InlineData("/etc/passwd")]
    [InlineData("a\0b")]
    [InlineData("")]
    public async Task PathOutsideTheRoot_IsRefused_WhateverTheOperation(string path)
    {
        File.WriteAllText(Path.Combine(_folder, "usta.db"), "bi mat");
        Assert.Equal(FileStoreError.OutsideRoot, (await Assert.ThrowsAsync<FileStoreException>(() => _store.GetEntryAsync(path))).Error);
        await Assert.ThrowsAsync<FileStoreException>(() => _store.OpenReadAsync(path));
        await Assert.ThrowsAsync<FileStoreException>(() => _store.WriteAsync(path, Text("x"), overwrite: true));
        await Assert.ThrowsAsync<FileStoreException>(() => _store.DeleteFileAsync(path));
        await Assert.ThrowsAsync<FileStoreException>(() => _store.MoveAsync("a.jpg", path));
        Assert.Equal("bi mat", File.ReadAllText(Path.Combine(_folder, "usta.db")));
    }

    private sealed class FailingStream : MemoryStream
    {
        public FailingStream() : base(new byte[100_000]) { }

        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken ct) => throw new IOException("disk went away");
    }
}
