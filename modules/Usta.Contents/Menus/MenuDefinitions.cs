using System.Text.Json.Nodes;
using UstaOrchard.Core.Definitions;

namespace Usta.Contents.Menus;

/// <summary>
/// Orchard's Menu types: a Menu holds LinkMenuItem and ContentMenuItem entries in its MenuItemsListPart;
/// the entry types are never made on their own (not creatable, not listed). LinkGroup orders the
/// "Liên Kết Website" groups.
/// </summary>
public static class MenuDefinitions
{
    public static async Task SaveAsync(ContentDefinitionManager definitions, CancellationToken ct)
    {
        foreach (var part in new[] { nameof(AliasPart), nameof(MenuPart), nameof(MenuItemsListPart), nameof(LinkMenuItemPart), nameof(ContentMenuItemPart), nameof(LinkGroupPart) })
        {
            if (await definitions.GetPartAsync(part, ct) is null)
                await definitions.SavePartAsync(new ContentPartDefinition { Name = part }, ct);
        }
        await definitions.SaveTypeAsync(Settings(Definitions.Type(MenuTypes.Menu, "Menu",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(AliasPart), 2),
            Definitions.Part(nameof(MenuPart), 3),
            Definitions.Part(nameof(MenuItemsListPart), 4)), creatable: false, listable: true, "Menu"), ct);
        await definitions.SaveTypeAsync(Settings(Definitions.Type(MenuTypes.LinkMenuItem, "Liên kết trong menu",
            Definitions.Part(nameof(LinkMenuItemPart), 1)), creatable: false, listable: false, "MenuItem"), ct);
        await definitions.SaveTypeAsync(Settings(Definitions.Type(MenuTypes.ContentMenuItem, "Nội dung trong menu",
            Definitions.Part(nameof(ContentMenuItemPart), 1)), creatable: false, listable: false, "MenuItem"), ct);
        await definitions.SaveTypeAsync(Definitions.Type(ContentTypes.LinkGroup, "Nhóm liên kết website",
            Definitions.Part(nameof(TitlePart), 1),
            Definitions.Part(nameof(LinkGroupPart), 2)), ct);
    }

    private static ContentTypeDefinition Settings(ContentTypeDefinition type, bool creatable, bool listable, string stereotype)
    {
        type.Settings["ContentTypeSettings"] = new JsonObject
        {
            ["Creatable"] = creatable, ["Listable"] = listable, ["Draftable"] = true, ["Versionable"] = true, ["Stereotype"] = stereotype,
        };
        return type;
    }
}
