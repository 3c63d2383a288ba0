namespace Usta.Articles;

/// <summary>
/// A paged list and the URL its pages live at (<c>?trang=N</c>). Its titles are h3 under a section's h2
/// (home page), h2 right under the page's h1 (category page): headings never skip a level.
/// </summary>
public sealed record ArticleListView(ArticleList Articles, string BaseUrl, int HeadingLevel = 3)
{
    public string PageUrl(int page) => page <= 1 ? BaseUrl : $"{BaseUrl}?trang={page}";
}
