namespace Aanmelding.Contracts.Municipalities;

/// <summary>What <see cref="MunicipalityRegister.Resolve"/> made of a typed municipality.</summary>
public enum MunicipalityMatchKind
{
    /// <summary>Exactly one municipality: by code, official name or alias.</summary>
    Found,

    /// <summary>A name that more than one municipality answers to ("Bergen"); the candidates are all of them.</summary>
    Ambiguous,

    /// <summary>No municipality, but close to one or a few (a typo: "Amsterdm"); the candidates are the suggestions.</summary>
    CloseMiss,

    /// <summary>
    /// Letters from another script (Cyrillic, Greek, ...) where Latin letters belong, as in "Аmsterdam" with a Cyrillic
    /// А. Never accepted; the candidates are what the text would be in Latin letters, if that is (close to) a name.
    /// </summary>
    OtherScript,

    /// <summary>Empty, an unknown code, or a name not close to any municipality.</summary>
    NotFound,
}
