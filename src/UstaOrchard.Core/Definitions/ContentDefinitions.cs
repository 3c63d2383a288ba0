using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Definitions;

// Content definitions in Orchard's JSON shape, so that a ContentDefinition recipe step
// reads and writes them as they are.

public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
    public List<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; set; } = [];

    [JsonIgnore]
    public ContentTypeSettings TypeSettings => Settings.ReadSection<ContentTypeSettings>("ContentTypeSettings");

    public ContentTypePartDefinition? Part(string name)
        => ContentTypePartDefinitionRecords.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed class ContentTypePartDefinition
{
    public string PartName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
}

public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
    public List<ContentPartFieldDefinition> ContentPartFieldDefinitionRecords { get; set; } = [];
}

public sealed class ContentPartFieldDefinition
{
    public string FieldName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = new();
}

public sealed class ContentTypeSettings
{
    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Draftable { get; set; }
    public bool Versionable { get; set; }
    public bool Securable { get; set; }
    public string? Stereotype { get; set; }
}
