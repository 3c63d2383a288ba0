using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace UstaOrchard.Core.Definitions;

/// <summary>Reads and writes content type and part definitions, which are stored data.</summary>
public sealed class ContentDefinitionManager(UstaDbContext db)
{
    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken ct = default)
        => Read<ContentTypeDefinition>(await FindAsync(ContentDefinitionRecord.TypeKind, name, ct));

    public async Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken ct = default)
        => Read<ContentPartDefinition>(await FindAsync(ContentDefinitionRecord.PartKind, name, ct));

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken ct = default)
    {
        var records = await db.ContentDefinitions.Where(r => r.Kind == ContentDefinitionRecord.TypeKind)
            .OrderBy(r => r.Name).ToListAsync(ct);
        return records.Select(r => Read<ContentTypeDefinition>(r)!).ToList();
    }

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken ct = default)
    {
        var records = await db.ContentDefinitions.Where(r => r.Kind == ContentDefinitionRecord.PartKind)
            .OrderBy(r => r.Name).ToListAsync(ct);
        return records.Select(r => Read<ContentPartDefinition>(r)!).ToList();
    }

    public Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken ct = default)
        => WriteAsync(ContentDefinitionRecord.TypeKind, type.Name, type, ct);

    public Task SavePartAsync(ContentPartDefinition part, CancellationToken ct = default)
        => WriteAsync(ContentDefinitionRecord.PartKind, part.Name, part, ct);

    public async Task<bool> DeleteAsync(string kind, string name, CancellationToken ct = default)
    {
        var record = await FindAsync(kind, name, ct);
        if (record is null) return false;
        db.ContentDefinitions.Remove(record);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task WriteAsync<T>(string kind, string name, T definition, CancellationToken ct)
    {
        var record = await FindAsync(kind, name, ct);
        if (record is null) db.ContentDefinitions.Add(record = new ContentDefinitionRecord { Kind = kind, Name = name });
        record.Json = JsonSerializer.Serialize(definition, ContentJson.Options);
        await db.SaveChangesAsync(ct);
    }

    // Definitions are few and names are case-insensitive in recipes, so the lookup tolerates case.
    private async Task<ContentDefinitionRecord?> FindAsync(string kind, string name, CancellationToken ct)
        => await db.ContentDefinitions.FirstOrDefaultAsync(r => r.Kind == kind && r.Name == name, ct)
           ?? (await db.ContentDefinitions.Where(r => r.Kind == kind).ToListAsync(ct))
               .FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private static T? Read<T>(ContentDefinitionRecord? record)
        => record is null ? default : JsonSerializer.Deserialize<T>(record.Json, ContentJson.Options);
}
