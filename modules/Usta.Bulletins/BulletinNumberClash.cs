using UstaOrchard.Core.Contents;

namespace Usta.Bulletins;

// The unique indexes on BulletinIndex (BulletinsDbModel) catch two issues taking one number at the same moment.
public sealed partial class BulletinIndexHandler : IUniqueContentIndex
{
    public Type IndexType => typeof(BulletinIndex);

    public ContentValidationError DescribeClash(ContentIndex row)
    {
        var bulletin = (BulletinIndex)row;
        return new ContentValidationError(NumberKey, S["Bulletin no. {0} of {1} already exists.", bulletin.Number, bulletin.Year]);
    }
}
