using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Settings;

/// <summary>
/// The site's settings, as Orchard's <c>Settings</c> step knows them: typed keys, plus named
/// sections (<c>"OrganisationSettings": {…}</c>) that modules read with <see cref="Get{T}"/>.
/// </summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "";

    /// <summary>What the site is, in a sentence: the meta description of pages that have none of their own, and the feed's.</summary>
    public string? Description { get; set; }
    public string? BaseUrl { get; set; }
    public string TimeZoneId { get; set; } = "Asia/Ho_Chi_Minh";
    public int PageSize { get; set; } = 10;

    /// <summary>The page size lists use: a recipe's 0 or 1,000,000 must not break or flood a page.</summary>
    public int ListPageSize => Math.Clamp(PageSize, 1, 100);

    /// <summary>When the setup recipe finished; null on a site that was never set up.</summary>
    public DateTime? SetupCompletedUtc { get; set; }

    public JsonObject Sections { get; set; } = new();

    public T Get<T>() where T : new() => Sections.ReadSection<T>(typeof(T).Name);

    public void Put<T>(T section) => Sections[typeof(T).Name] = JsonSerializer.SerializeToNode(section, ContentJson.Options);
}

/// <summary>The organisation behind the site, shown in the footer and the contact page.</summary>
public sealed class OrganisationSettings
{
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";

    /// <summary>"Chịu trách nhiệm chính": the person legally responsible for the site.</summary>
    public string? Chief { get; set; }

    /// <summary>"Chịu trách nhiệm biên tập": the editors, one line each.</summary>
    public List<string> Editors { get; set; } = [];

    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? LicenceText { get; set; }
}

public sealed class SiteSettingsRecord
{
    public int Id { get; set; } = 1;
    public string Json { get; set; } = "{}";
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}

