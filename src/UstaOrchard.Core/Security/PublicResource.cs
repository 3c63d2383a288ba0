namespace UstaOrchard.Core.Security;

/// <summary>
/// Endpoint metadata: the endpoint answers everyone alike and reads nothing of the signed-in user
/// (the site's static files, media files). The session is not checked against the database for it,
/// and the request runs as an anonymous one: an admin page's scripts and a media library's
/// thumbnails cost no queries each.
/// </summary>
public sealed class PublicResource
{
    public static readonly PublicResource Metadata = new();

    private PublicResource()
    {
    }
}
