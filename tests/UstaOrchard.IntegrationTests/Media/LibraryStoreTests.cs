using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Usta.Media;
using Usta.Media.Library;
using Usta.Media.Uploads;
using UstaOrchard.Core.Data;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Media;

/// <summary>The library's tables on each database: an upload, a folder rename and a delete keep them in step with the store.</summary>
public abstract class LibraryStoreTests
{
    protected abstract TestDatabase NewDatabase();

    [SkippableFact]
    public async Task Upload_RenameFolder_Delete_KeepTheTablesInStep()
    {
        await using var site = await TestSite.CreateAsync(NewDatabase());
        await site.InScopeAsync(async sp =>
        {
            var library = sp.GetRequiredService<MediaLibrary>();
            await library.CreateFolderAsync("", "Hội nghị", "bien-tap", default);
            var uploaded = await sp.GetRequiredService<MediaUploader>()
                .UploadAsync("hoi-nghi", "Ảnh 1.png", new MemoryStream(MediaRequests.Png()), "bien-tap", default);
            Assert.Equal("hoi-nghi/anh-1.png", uploaded.Path);
            Assert.True((await library.RenameAsync("hoi-nghi", "Hội nghị 2025", "bien-tap", default)).Succeeded);
        });
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            var file = await db.Set<MediaFileRecord>().SingleAsync();
            Assert.Equal(("hoi-nghi-2025/anh-1.png", "hoi-nghi-2025", "anh-1.png", 40, 30, "bien-tap"),
                (file.Path, file.Folder, file.Name, file.Width!.Value, file.Height!.Value, file.UploadedBy));
            Assert.Equal(["hoi-nghi-2025"], await db.Set<MediaFolderRecord>().Select(x => x.Path).ToListAsync());

            Assert.True((await sp.GetRequiredService<MediaLibrary>().DeleteFileAsync(file.Path, false, "bien-tap", default)).Succeeded);
            Assert.False(await db.Set<MediaFileRecord>().AnyAsync());
        });
    }
}

public class LibraryMigrationTests
{
    [Fact]
    public async Task FilesAlreadyInTheStore_AreIndexedOnTheModulesFirstMigration()
    {
        var dataPath = Paths.NewDataFolder();
        Directory.CreateDirectory(Path.Combine(dataPath, "Media", "cu", "2024"));
        await File.WriteAllBytesAsync(Path.Combine(dataPath, "Media", "cu", "2024", "anh.png"), MediaRequests.Png());
        Directory.CreateDirectory(Path.Combine(dataPath, "Media", ".tmp"));
        await File.WriteAllBytesAsync(Path.Combine(dataPath, "Media", ".tmp", "dang-ghi"), [1, 2, 3]);

        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite(), dataPath: dataPath);

        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UstaDbContext>();
            Assert.Equal(["cu/2024/anh.png"], await db.Set<MediaFileRecord>().Select(x => x.Path).ToListAsync());
            Assert.Equal(["cu", "cu/2024"], await db.Set<MediaFolderRecord>().OrderBy(x => x.Path).Select(x => x.Path).ToListAsync());
        });
    }
}

public sealed class SqliteLibraryStoreTests : LibraryStoreTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Sqlite();
}

public sealed class PostgresLibraryStoreTests : LibraryStoreTests
{
    protected override TestDatabase NewDatabase() => TestDatabase.Postgres();
}
