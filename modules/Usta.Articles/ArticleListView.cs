namespace Usta.Articles;

/// <summary>A paged list and the URL its pages live at (<c>?trang=N</c>).</summary>
public sealed record ArticleListView(ArticleList Articles, string BaseUrl)
{
    public string PageUrl(int page) => page <= 1 ? BaseUrl : $"{BaseUrl}?trang={page}";
}
