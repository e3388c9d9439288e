namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// A Dutch municipality (gemeente) as CBS lists it for one year: its code (<c>GM</c> and four digits, GM0363) and its
/// official name (Amsterdam, 's-Gravenhage, Bergen (NH.)). The code is what is stored and compared.
/// </summary>
public sealed record Municipality(string Code, string Name);
