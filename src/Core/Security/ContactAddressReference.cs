namespace Aanmelding.Core.Security;

/// <summary>
/// A contact address as a request to mail links again carries it (<see cref="LinkSigner.Reference"/>): keyed, so the
/// task hub never holds the address, and the same for every spelling that reaches the same inbox by case and spaces.
/// </summary>
public static class ContactAddressReference
{
    public static string Of(LinkSigner signer, string address)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(address);
        return signer.Reference("contact-address:" + address.Trim().ToLowerInvariant());
    }
}
