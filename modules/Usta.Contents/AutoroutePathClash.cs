using UstaOrchard.Core.Contents;

namespace Usta.Contents;

// The unique indexes on AutorouteIndex (ContentsDbModel) catch two items taking one path at the same moment.
public sealed partial class AutoroutePartHandler : IUniqueContentIndex
{
    public Type IndexType => typeof(AutorouteIndex);

    public ContentValidationError DescribeClash(ContentIndex row)
        => new(PathKey, S["The address /{0} was taken by another item at the same moment. Save again to get another address.", ((AutorouteIndex)row).Path]);
}
