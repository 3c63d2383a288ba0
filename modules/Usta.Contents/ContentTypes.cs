namespace Usta.Contents;

public static class ContentTypes
{
    public const string Page = "Page";
    public const string Category = "Category";
    public const string Link = "Link";
    public const string LinkGroup = "LinkGroup";
}
