using System.Collections.Frozen;

namespace NewsDigest.Ingest.Language;

/// <summary>
/// Short lists of each Latin-script language's commonest function words (and a few football words), written for this
/// project. Function words make up a third or more of any running text, so a few hundred characters are enough to tell
/// languages apart, and matching them is a hash lookup per word.
/// </summary>
/// <remarks>
/// Words that are also common English words ("in", "is", "was", "for", "at", "as", "over", "also", "so", "man") are left
/// out of the other languages' lists, so that an English text does not hand points to them. A word may belong to several
/// languages ("de", "en", "que"); it then counts for each, and the words only one language uses decide.
/// </remarks>
internal static class FunctionWordProfiles
{
    /// <summary>The languages in bit order: bit i of a word's mask stands for Codes[i].</summary>
    public static readonly IReadOnlyList<string> Codes;

    /// <summary>Each known word (lower case) and the set of languages it belongs to, as a bit mask over <see cref="Codes"/>.</summary>
    public static readonly FrozenDictionary<string, uint> Words;

    /// <summary>The bit index of English in <see cref="Codes"/>.</summary>
    public static readonly int English;

    private static readonly (string Code, string Words)[] Lists =
    [
        ("en", "the of and to was that with his he her she it its from by at an be have has had were are but not they their "
             + "them this these those which who whom would will could should into than there been after when while before also "
             + "out up over against only first second half just more we our you him what said says off back then where did "
             + "does can all being both through until about any because each other how very much again as is in for on at"),
        ("es", "el la los las del de que y en un una por con para es se su sus al lo como más pero le les ya o fue ha han este esta "
             + "estos estas sin sobre entre cuando también muy porque hasta desde hay donde nos durante tras ante fueron ser había "
             + "era todo está están son uno mientras sido partido equipo minuto goles ni otro otra cuyo aunque después"),
        ("pt", "o os do da dos das de que e em um uma no na nos nas para com por se não mais ao à pelo pela foi é seu sua mas "
             + "como ele eles ela já também quando ainda após sobre entre até equipe jogo partida está são tem foram isso este "
             + "esta muito depois sem pelos pelas aos num numa seus suas"),
        ("fr", "le la les de des du un une et en est que qui dans pour pas par sur au aux avec ce cette il elle ils se sa son "
             + "ses plus mais ou été à ont être sont comme leur après aussi lors contre avant très tout fait deux y ne nous "
             + "vous je qu l d c n j s ces cet dont entre sans sous équipe buts était avait depuis"),
        ("it", "il lo la i gli le di del della dei delle dello da dal dalla con su per tra fra e è che non un una uno si al alla "
             + "ai come ma più anche sono ha hanno stato stata nel nella nei sul sulla questo questa dopo prima gol partita "
             + "squadra suo sua loro quando perché ancora molto poi l degli alle agli era essere"),
        ("de", "der die das den dem des ein eine einen einem einer und ist nicht mit von zu auf für sich im auch es sie er wir "
             + "dass aber nach bei aus wie noch nur oder wird wurde hat haben sind war vor zum zur gegen durch um kein keine mehr "
             + "schon dann wenn beim über unter seine ihre sein spiel tor mannschaft ihr ihm ihn dieser diese dieses nachdem"),
        ("nl", "de het een en van dat die niet op te met voor zijn er maar om ook als dan bij nog uit aan naar wordt werd heeft "
             + "hebben door tegen na wel geen hij ze zij wij deze dit omdat kan moet al tot wedstrijd ploeg doelpunt werden "
             + "zich haar hun onze"),
        ("sv", "och att det som en på är av med till den har de inte om ett han var jag vi från så kan när efter också sin sitt "
             + "sina mot vid hade skulle eller nu bara matchen laget mål blev inför även hon dem deras mycket"),
        ("da", "og det som en på er af med til den har de ikke om et han var jeg vi fra så kan når efter også sin sit sine mod "
             + "ved havde skulle eller nu kun kampen holdet mål blev mig hvor hvis være blive da hun dem deres meget"),
        ("no", "og det som en på er av med til den har de ikke om et han var jeg vi fra så kan når etter også sin sitt sine mot "
             + "ved hadde skulle eller nå bare kampen laget mål ble meg hvor hvis være bli da hun dem deres mye"),
        ("fi", "ja ei että se oli hän mutta kun myös tai ovat joka mukaan sen kuin jo vielä nyt niin ole olla hänen sitten "
             + "jälkeen ottelu ottelun maalin joukkue joukkueen voi kanssa vain yli aikana mikä jotka"),
        ("pl", "i w na z się nie że jest o jak po ale od za co przez tak już dla jego był była było ich są oraz czy tylko "
             + "przed pod gdy mecz meczu bramkę drużyna jednak także może też który która które ze jej"),
        ("cs", "v se na je že s z o i k ve jako za ale po jsou jak který která které tak byl byla bylo jeho už jen než při od "
             + "pro také proti zápas gól tým není či jsem jejich"),
        ("ro", "și si în de la cu pe din care că să nu o un este pentru mai au fost sunt ca dar după prin lui ei el ea se cel "
             + "cea meciul echipa golul fără până sau acest această"),
        ("tr", "ve bir bu da de için ile olarak çok daha en ama gibi sonra olan kadar maç maçta gol takım ben o ne mi değil "
             + "var yok ki ise göre karşı ilk iki oldu etti bu şu"),
        ("id", "yang dan di ke dari ini itu dengan untuk pada tidak dalam akan adalah juga atau oleh saat telah sudah bisa ada "
             + "mereka kami karena setelah laga pertandingan gol tim menit babak"),
        ("hr", "i u je na se da za od su s sa ne koji koja koje to kao ali iz o po bio bila bilo što još samo nakon protiv "
             + "utakmica utakmice gol ekipa ima kada ili biti će"),
        ("ca", "el la els les de del dels i en que un una per amb és no es com més però al als seu seva aquest aquesta ha han "
             + "va van partit equip gol també quan perquè després sobre fins davant contra"),
        ("hu", "az és hogy nem egy meg van volt de már csak még mint ki ez azt után pedig mert meccs gól csapat lett majd"),
    ];

    static FunctionWordProfiles()
    {
        var codes = new List<string>();
        var masks = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var (code, words) in Lists)
        {
            uint bit = 1u << codes.Count;
            codes.Add(code);
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                masks[word] = masks.GetValueOrDefault(word) | bit;
        }
        Codes = codes;
        English = codes.IndexOf("en");
        Words = masks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
