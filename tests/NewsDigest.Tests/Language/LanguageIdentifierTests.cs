using NewsDigest.Ingest.Language;

namespace NewsDigest.Tests.Language;

/// <summary>The identifier on sentences written for these tests, one short football paragraph per language.</summary>
public sealed class LanguageIdentifierTests
{
    public static TheoryData<string, string> Paragraphs => new()
    {
        { "en", "The home side took the lead after twenty minutes when the striker turned in a low cross, and they were never really troubled after that. It was their third win in a row and the manager said he was pleased with the way his players had responded." },
        { "es", "El equipo local se adelantó en el marcador a los veinte minutos con un disparo desde fuera del área, y después controló el partido sin problemas. Fue la tercera victoria consecutiva para los de casa, que ahora están a dos puntos del líder." },
        { "pt", "O time da casa abriu o placar aos vinte minutos com um chute de fora da área e depois controlou a partida sem grandes sustos. Foi a terceira vitória seguida da equipe, que agora está a dois pontos do líder do campeonato." },
        { "fr", "L'équipe à domicile a ouvert le score après vingt minutes sur une frappe lointaine, puis elle a contrôlé la rencontre sans trembler. C'est la troisième victoire de suite pour les joueurs de l'entraîneur, qui sont désormais à deux points du leader." },
        { "it", "La squadra di casa è passata in vantaggio dopo venti minuti con un tiro da fuori area e poi ha controllato la partita senza problemi. È la terza vittoria consecutiva per i padroni di casa, che ora sono a due punti dalla vetta della classifica." },
        { "de", "Die Gastgeber gingen nach zwanzig Minuten durch einen Distanzschuss in Führung und hatten das Spiel danach jederzeit im Griff. Es war der dritte Sieg in Folge für die Mannschaft, die nun nur noch zwei Punkte hinter dem Tabellenführer liegt." },
        { "nl", "De thuisploeg kwam na twintig minuten op voorsprong door een schot van buiten het strafschopgebied en had de wedstrijd daarna volledig in handen. Het was de derde overwinning op rij voor de ploeg, die nu nog maar twee punten achter de koploper staat." },
        { "sv", "Hemmalaget tog ledningen efter tjugo minuter med ett skott utanför straffområdet och hade sedan full kontroll på matchen. Det var lagets tredje raka seger och tränaren sa efteråt att han var nöjd med hur spelarna svarade." },
        { "da", "Hjemmeholdet kom foran efter tyve minutter på et skud uden for feltet og havde derefter styr på kampen. Det var holdets tredje sejr i træk, og træneren sagde bagefter, at han var tilfreds med den måde, spillerne havde reageret på." },
        { "no", "Hjemmelaget tok ledelsen etter tjue minutter med et skudd utenfor sekstenmeteren og hadde deretter kontroll på kampen. Det var lagets tredje seier på rad, og treneren sa etterpå at han var fornøyd med hvordan spillerne hadde svart." },
        { "fi", "Kotijoukkue meni johtoon kahdenkymmenen minuutin jälkeen kaukolaukauksella, ja sen jälkeen se hallitsi ottelua. Se oli joukkueen kolmas peräkkäinen voitto, ja valmentaja sanoi olevansa tyytyväinen siihen, miten pelaajat vastasivat." },
        { "pl", "Gospodarze objęli prowadzenie po dwudziestu minutach po strzale zza pola karnego, a potem kontrolowali przebieg meczu. Było to trzecie zwycięstwo z rzędu dla tej drużyny, która traci teraz tylko dwa punkty do lidera." },
        { "cs", "Domácí se ujali vedení po dvaceti minutách po střele z dálky a pak měli zápas pevně pod kontrolou. Bylo to jejich třetí vítězství v řadě a trenér po zápase řekl, že je s výkonem svého týmu spokojen." },
        { "ro", "Echipa gazdă a deschis scorul după douăzeci de minute cu un șut de la distanță și apoi a controlat meciul fără emoții. A fost a treia victorie la rând pentru echipa care este acum la doar două puncte de lider." },
        { "tr", "Ev sahibi takım yirminci dakikada ceza sahası dışından attığı golle öne geçti ve sonra maçı kontrol etti. Bu takımın üst üste üçüncü galibiyeti oldu ve teknik direktör maçtan sonra oyuncularından çok memnun olduğunu söyledi." },
        { "id", "Tim tuan rumah unggul setelah dua puluh menit lewat tendangan dari luar kotak penalti dan kemudian menguasai pertandingan. Ini adalah kemenangan ketiga berturut-turut bagi tim yang kini hanya tertinggal dua poin dari pemuncak klasemen." },
        { "hr", "Domaća momčad povela je nakon dvadeset minuta udarcem izvan kaznenog prostora i zatim je kontrolirala utakmicu. To je bila njihova treća uzastopna pobjeda, a trener je nakon utakmice rekao da je zadovoljan onim što su igrači pokazali." },
        { "ca", "L'equip local es va avançar al marcador als vint minuts amb un xut des de fora de l'àrea i després va controlar el partit sense problemes. És la tercera victòria seguida de l'equip, que ara és a només dos punts del líder." },
        { "hu", "A hazai csapat a huszadik percben szerzett vezetést egy távoli lövéssel, és utána végig kézben tartotta a meccset. Ez volt a csapat harmadik egymást követő győzelme, és az edző azt mondta, hogy elégedett a játékosok teljesítményével." },
        { "ru", "Хозяева поля открыли счёт на двадцатой минуте после удара из-за штрафной, а затем уверенно контролировали игру. Это была третья победа команды подряд." },
        { "uk", "Господарі відкрили рахунок на двадцятій хвилині після удару з-за меж штрафного майданчика, а потім впевнено контролювали гру. Це була третя перемога команди поспіль." },
        { "el", "Οι γηπεδούχοι άνοιξαν το σκορ στο εικοστό λεπτό με ένα σουτ έξω από την περιοχή και στη συνέχεια έλεγξαν τον αγώνα." },
        { "ar", "تقدم أصحاب الأرض في الدقيقة العشرين بتسديدة من خارج منطقة الجزاء ثم سيطروا على المباراة حتى النهاية." },
        { "zh", "主队在第二十分钟通过一脚禁区外的远射取得领先，随后完全控制了比赛。这是球队的三连胜。" },
        { "ja", "ホームチームは前半二十分にペナルティエリアの外からのシュートで先制し、その後は試合を完全に支配した。" },
        { "ko", "홈팀은 전반 이십 분에 페널티 지역 밖에서 때린 슛으로 선제골을 넣었고 이후 경기를 완전히 지배했다." },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Names_the_language_of_a_paragraph(string expected, string paragraph)
    {
        var guess = LanguageIdentifier.Identify(paragraph);

        Assert.Equal(expected, guess.Code);
        Assert.True(guess.Confidence > 0.5, $"confidence {guess.Confidence} for {expected}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("2-1")]
    [InlineData("Kane 54', Giroud 78'")]
    [InlineData("Arsenal Chelsea Liverpool Everton")]
    public void Too_little_text_is_undetermined(string text)
    {
        var guess = LanguageIdentifier.Identify(text);

        Assert.False(guess.IsDetermined, $"guessed {guess.Code} from '{text}'");
    }

    [Fact]
    public void Capitalised_names_do_not_count_as_foreign_words()
    {
        // De Bruyne, Van Dijk, Del Piero, Di Maria and Le Saux would be Dutch, Spanish, Italian and French function words in lower case.
        var text = "De Bruyne and Van Dijk were on the pitch with Del Piero, Di Maria and Le Saux when the match started, and it was a draw in the end.";

        Assert.Equal("en", LanguageIdentifier.Identify(text).Code);
    }

    [Fact]
    public void English_clitics_after_an_apostrophe_are_not_read_as_words()
    {
        // "'s" and "'t" alone would be French elisions; they follow the apostrophe, so they are skipped.
        var text = "Kane's penalty wasn't enough. Saka's cross didn't find anyone and the keeper's save kept it at one each.";

        Assert.Equal("en", LanguageIdentifier.Identify(text).Code);
    }

    [Fact]
    public void Mojibake_full_of_replacement_characters_is_undetermined()
    {
        var noise = string.Concat(Enumerable.Repeat("l\uFFFD d\uFFFD\uFFFD qu \uFFFDs c\uFFFD n \uFFFD\uFFFD v z \uFFFD", 40));

        Assert.False(LanguageIdentifier.Identify(noise).IsDetermined);
    }

    [Fact]
    public void Only_the_first_sample_is_read()
    {
        var english = string.Concat(Enumerable.Repeat("The striker scored after the break and the home side held on for the win. ", 80));
        var spanishTail = string.Concat(Enumerable.Repeat("El equipo de la casa ganó el partido con un gol en el último minuto y los aficionados lo celebraron. ", 200));

        var guess = LanguageIdentifier.Identify(english + spanishTail);

        Assert.True(english.Length >= LanguageIdentifier.SampleLength);
        Assert.Equal("en", guess.Code);
    }

    [Fact]
    public void Serbian_cyrillic_is_told_from_russian_by_its_own_letters()
    {
        var text = "Домаћи тим је повео у двадесетом минуту након шута изван казненог простора и онда је контролисао утакмицу до краја.";

        Assert.Equal("sr", LanguageIdentifier.Identify(text).Code);
    }
}
