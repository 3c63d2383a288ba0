namespace Usta.Articles.Reader;

/// <summary>What an article or category page adds for readers and search engines: breadcrumb, JSON-LD, share links.</summary>
public sealed record ReaderExtras(IReadOnlyList<Crumb> Breadcrumb, IReadOnlyList<string> JsonLd, ShareLinks? Share);
