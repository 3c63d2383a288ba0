using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace UstaOrchard.Core.Data;

/// <summary>
/// The one database of a site. Core maps its own tables; every module adds its tables through
/// an <see cref="IDbModelContributor"/>, so a recipe or a content save spans all of them in one transaction.
/// </summary>
public sealed class UstaDbContext : DbContext
{
    private readonly IEnumerable<IDbModelContributor> contributors;

    public UstaDbContext(DbContextOptions<UstaDbContext> options, IEnumerable<IDbModelContributor> contributors) : base(options)
    {
        this.contributors = contributors;
        // Every write runs in a transaction that is rolled back whole on any failure (a save, a
        // recipe), so the savepoint EF would set around each SaveChanges is two wasted round trips.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();
    public DbSet<SiteSettingsRecord> SiteSettings => Set<SiteSettingsRecord>();
    public DbSet<ModuleMigrationRecord> ModuleMigrations => Set<ModuleMigrationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(x => x.Id);
            item.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            item.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
            item.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            item.Property(x => x.DisplayText).HasMaxLength(1024);
            item.Property(x => x.Owner).HasMaxLength(255);
            item.Property(x => x.Author).HasMaxLength(255);
            item.Property(x => x.ModifiedBy).HasMaxLength(255);
            item.Property(x => x.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
            item.Property(x => x.Content).HasConversion(JsonObjectConverter, JsonObjectComparer);
            item.HasIndex(x => x.ContentItemVersionId).IsUnique();
            item.HasIndex(x => new { x.ContentItemId, x.Latest, x.Published });
            item.HasIndex(x => new { x.ContentType, x.Published, x.PublishedUtc });
            item.HasIndex(x => new { x.ContentType, x.Latest, x.ModifiedUtc });
            // The dashboard's "my drafts": one owner's latest versions, last changed first.
            item.HasIndex(x => new { x.Owner, x.Latest, x.ModifiedUtc });
        });

        modelBuilder.Entity<ContentDefinitionRecord>(definition =>
        {
            definition.ToTable("ContentDefinitions");
            definition.HasKey(x => new { x.Kind, x.Name });
            definition.Property(x => x.Kind).HasMaxLength(16);
            definition.Property(x => x.Name).HasMaxLength(255);
        });

        modelBuilder.Entity<SiteSettingsRecord>(settings =>
        {
            settings.ToTable("SiteSettings");
            settings.HasKey(x => x.Id);
            settings.Property(x => x.Id).ValueGeneratedNever();
            settings.Property(x => x.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
        });

        modelBuilder.Entity<ModuleMigrationRecord>(migration =>
        {
            migration.ToTable("ModuleMigrations");
            migration.HasKey(x => x.ModuleId);
            migration.Property(x => x.ModuleId).HasMaxLength(255);
        });

        foreach (var contributor in contributors) contributor.Configure(modelBuilder);

        StoreDatesAsUtc(modelBuilder);
    }

    // SQLite hands dates back without a kind and PostgreSQL refuses non-UTC kinds for
    // "timestamp with time zone": every DateTime is written and read as UTC.
    private static void StoreDatesAsUtc(ModelBuilder modelBuilder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(
            v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
            v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
                property.SetValueConverter(utc);
        }
    }

    private static readonly ValueConverter<JsonObject, string> JsonObjectConverter = new(
        v => v.ToJsonString(ContentJson.Options),
        v => JsonNode.Parse(v, null, default) as JsonObject ?? new JsonObject());

    private static readonly ValueComparer<JsonObject> JsonObjectComparer = new(
        (a, b) => JsonNode.DeepEquals(a, b),
        v => v.ToJsonString(ContentJson.Options).GetHashCode(),
        v => (JsonObject)v.DeepClone());
}

/// <summary>A content type or part definition, stored as JSON (Orchard keeps definitions as one document).</summary>
public sealed class ContentDefinitionRecord
{
    public const string TypeKind = "Type";
    public const string PartKind = "Part";

    public string Kind { get; set; } = TypeKind;
    public string Name { get; set; } = "";
    public string Json { get; set; } = "{}";
}

public sealed class ModuleMigrationRecord
{
    public string ModuleId { get; set; } = "";
    public int Version { get; set; }
}
