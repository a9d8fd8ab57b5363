import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addExceptions,
  hasCyrillic,
  hasLatin,
  NO_CONVERT_CLOSE,
  NO_CONVERT_OPEN,
  stripNoConvertMarkers,
  toCyrillic,
  toLatin,
} from '../../src/core/transliterate.js';
import { BUILT_IN_EXCEPTIONS } from '../../src/core/transliteration/exceptions.js';

const CYRILLIC_UPPER = 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ';
const CYRILLIC_LOWER = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN_UPPER = ['A', 'B', 'V', 'G', 'D', 'Đ', 'E', 'Ž', 'Z', 'I', 'J', 'K', 'L', 'LJ', 'M', 'N', 'NJ', 'O', 'P',
  'R', 'S', 'T', 'Ć', 'U', 'F', 'H', 'C', 'Č', 'DŽ', 'Š']; // prettier-ignore
const SERBIAN_CYRILLIC = new Set([...CYRILLIC_UPPER, ...CYRILLIC_LOWER, 'Ѐ', 'Ѝ', 'ѐ', 'ѝ']);
const ZWNJ = '\u200C';

/** Expects each `input → output` pair of a table from `convert`. */
function expectAll(convert: (text: string) => string, pairs: Record<string, string>): void {
  for (const [input, output] of Object.entries(pairs)) expect(convert(input), input).to.equal(output);
}

describe('toLatin', () => {
  it('maps each of the 30 letters in both cases', () => {
    [...CYRILLIC_UPPER].forEach((letter, index) => {
      const latin = LATIN_UPPER[index];
      // A letter on its own is written like an initial: title case.
      expect(toLatin(letter), letter).to.equal(latin[0] + latin.slice(1).toLowerCase());
      expect(toLatin(letter.toLowerCase()), letter.toLowerCase()).to.equal(latin.toLowerCase());
    });
  });

  it('maps the whole alphabet as one word, in capitals and in lowercase', () => {
    expect(toLatin(CYRILLIC_UPPER)).to.equal(LATIN_UPPER.join(''));
    expect(toLatin(CYRILLIC_LOWER)).to.equal(LATIN_UPPER.join('').toLowerCase());
  });

  it('maps the accented ѐ ѝ to è ì', () => {
    expectAll(toLatin, { сѐ: 'sè', ѝ: 'ì', Ѐ: 'È', Ѝ: 'Ì' });
  });

  it('passes through everything that is not a Serbian Cyrillic letter', () => {
    for (const text of [
      'ЁЙЩЪЫЬЭЮЯ ёйщъыьэюя', // Russian
      'ЄІЇҐ єіїґ', // Ukrainian
      'ЃЌЅ ѓќѕ', // Macedonian
      'Hello, world! Čćšžđ 0123456789 €%&/()=?',
      '👍🏽 🇷🇸 😀 — “„”‘’ «»',
      '\u0301\u200C\u00AD',
    ]) {
      expect(toLatin(text), text).to.equal(text);
    }
    expect(toLatin('ы, щ и й')).to.equal('ы, щ i й');
    expect(toLatin('10:30–12:00, 2.500 €')).to.equal('10:30–12:00, 2.500 €');
  });

  describe('casing of Љ Њ Џ', () => {
    it('writes title-case words as Lj Nj Dž', () => {
      expectAll(toLatin, {
        Љубљана: 'Ljubljana',
        Њујорк: 'Njujork',
        Џон: 'Džon',
        Џбун: 'Džbun',
        Његош: 'Njegoš',
        ЉубЉана: 'LjubLjana',
      });
    });

    it('writes words in capitals as LJ NJ DŽ, including the last letter', () => {
      expectAll(toLatin, {
        ЉУБЉАНА: 'LJUBLJANA',
        ЊУЈОРК: 'NJUJORK',
        ЏБУН: 'DŽBUN',
        КОЊ: 'KONJ',
        ЖАБАЉ: 'ŽABALJ',
        ЏУГАЊ: 'DŽUGANJ',
      });
    });

    it('keeps a sentence in capitals in capitals', () => {
      expect(toLatin('ЉУДИ СУ ЉУТИ НА ЏАК, А ЊИВА ЈЕ ЊИХОВА.')).to.equal('LJUDI SU LJUTI NA DŽAK, A NJIVA JE NJIHOVA.');
    });

    it('writes an initial in the case of the name it belongs to', () => {
      expectAll(toLatin, {
        'Џ. Р. Р. Толкин': 'Dž. R. R. Tolkin',
        'Џ. Р. Р. ТОЛКИН': 'DŽ. R. R. TOLKIN',
        'Љ. Стојановић': 'Lj. Stojanović',
        'ПИСМО Љ. ЈОВАНОВИЋУ': 'PISMO LJ. JOVANOVIĆU',
        'Њ. В. краљица': 'Nj. V. kraljica',
        'писао је Љ.': 'pisao je Lj.',
        'ПИСАО ЈЕ Љ.': 'PISAO JE LJ.',
      });
    });

    it('decides at the edges of the string, next to punctuation and next to digits by both neighbours', () => {
      expectAll(toLatin, {
        Љ: 'Lj',
        'Џ.': 'Dž.',
        Њ1: 'Nj1',
        '1Њ': '1Nj',
        '(ЉУБЉАНА)': '(LJUBLJANA)',
        '„Џеп“': '„Džep“',
        'КОЊ!': 'KONJ!',
        'КОЊ-А': 'KONJ-A',
        'ЊУ-ЈОРК': 'NJU-JORK',
        'Џ-': 'Dž-',
        ЏЏ: 'DŽDŽ',
        аЏ: 'aDž',
        АЏ2: 'ADŽ2',
        '2ЏА': '2DŽA',
        'Љ\u0301убав': 'Lj\u0301ubav',
      });
    });
  });

  it('leaves URLs with a scheme as written, Cyrillic domains included', () => {
    expect(toLatin('Види https://пример.срб/вести?страна=2 и даље')).to.equal(
      'Vidi https://пример.срб/вести?страна=2 i dalje',
    );
    expect(toLatin('(ftp://фајлови.срб)')).to.equal('(ftp://фајлови.срб)');
  });

  it('leaves e-mail addresses, host names (IDNs included), schemes and paths as written', () => {
    expectAll(toLatin, {
      'Пишите на инфо@мфа.гов.рс.': 'Pišite na инфо@мфа.гов.рс.',
      'Сајт www.пример.срб и пример.срб/вести?а=1': 'Sajt www.пример.срб i пример.срб/вести?а=1',
      'Портал мфа.гов.рс ради, (еуправа.гов.рс)': 'Portal мфа.гов.рс radi, (еуправа.гов.рс)',
      'на пример.срб-у': 'na пример.срб-u',
      'Веза mailto:инфо@мфа.срб и tel:+381113061': 'Veza mailto:инфо@мфа.срб i tel:+381113061',
      'Фасцикла /вести/2024, ./подаци и ~/документи': 'Fascikla /вести/2024, ./подаци i ~/документи',
      'Диск Ц:\\Подаци': 'Disk C:\\Podaci', // Ц is not a drive letter
    });
  });

  it('still converts what only looks like an address or a path', () => {
    expectAll(toLatin, {
      'д.о.о. и а.д., т.ј.': 'd.o.o. i a.d., t.j.',
      'Београд.Нови Сад': 'Beograd.Novi Sad',
      'и/или, км/ч, 1/2 литре': 'i/ili, km/č, 1/2 litre',
      'Тел: 011 306 1000, Факс:011 306': 'Tel: 011 306 1000, Faks:011 306',
      'Закључак / предлог': 'Zaključak / predlog',
      'Б92, Е-75, МиГ-29': 'B92, E-75, MiG-29', // codes written in Cyrillic are Cyrillic letters
    });
  });

  it('writes a Roman numeral typed with Cyrillic look-alikes in Latin, not as letters', () => {
    expectAll(toLatin, {
      'ХХ век': 'XX vek',
      'ХХI век, ХIХ века, у ХVI. веку': 'XXI vek, XIX veka, u XVI. veku',
      'ХХ-ог века, ХХХ': 'XX-og veka, XXX',
      'XXI век': 'XXI vek',
      'ИС ХС': 'IS HS', // one Х with other look-alikes only: letters
      'Х век': 'H vek',
      'ХАОС, ПХХ, ХХ1': 'HAOS, PHH, HH1',
    });
  });

  it('keeps text inside the no-convert marker and removes the marker', () => {
    expect(toLatin('Изаберите -{ћирилица}- или латиница')).to.equal('Izaberite ћирилица ili latinica');
    expect(toLatin('-{abc}- без ћирилице')).to.equal('abc bez ćirilice');
    expect(toLatin('-{x}-')).to.equal('x');
    expect(toLatin('незатворен -{ маркер')).to.equal('nezatvoren -{ marker');
  });

  it('tells whether a text holds Serbian Cyrillic', () => {
    expect(hasCyrillic('Latinica 123')).to.equal(false);
    expect(hasCyrillic('Русский язык ы')).to.equal(true); // у, с, к… are Serbian letters too
    expect(hasCyrillic('ыъэюя ЁЩ')).to.equal(false);
    expect(hasCyrillic('x ѝ')).to.equal(true);
    expect(hasCyrillic('Џ')).to.equal(true);
    expect(hasCyrillic('')).to.equal(false);
  });
});

describe('toCyrillic', () => {
  it('maps each of the 30 letters in both cases, and the alphabet as one word', () => {
    [...CYRILLIC_UPPER].forEach((letter, index) => {
      const latin = LATIN_UPPER[index];
      expect(toCyrillic(latin.toLowerCase()), latin).to.equal(letter.toLowerCase());
      expect(toCyrillic(latin[0] + latin.slice(1).toLowerCase()), latin).to.equal(letter);
    });
    expect(toCyrillic(LATIN_UPPER.join(''))).to.equal(CYRILLIC_UPPER);
    expect(toCyrillic(LATIN_UPPER.join('').toLowerCase())).to.equal(CYRILLIC_LOWER);
  });

  it('joins lj nj dž in every casing; the first letter gives the case', () => {
    expectAll(toCyrillic, {
      'lj Lj LJ lJ': 'љ Љ Љ љ',
      'nj Nj NJ nJ': 'њ Њ Њ њ',
      'dž Dž DŽ dŽ': 'џ Џ Џ џ',
      'Ljubljana LJUBLJANA': 'Љубљана ЉУБЉАНА',
      'Njegoš NJEGOŠ': 'Његош ЊЕГОШ',
      'Džon DŽON džep': 'Џон ЏОН џеп',
      LjUBLjANA: 'ЉУБЉАНА',
    });
  });

  it('maps è ì back to ѐ ѝ', () => {
    expectAll(toCyrillic, { sè: 'сѐ', ì: 'ѝ', È: 'Ѐ' });
  });

  describe('split digraphs', () => {
    it('splits the dictionary words, their inflected forms and every casing', () => {
      expectAll(toCyrillic, {
        'injekcija injekcije injekcijom': 'инјекција инјекције инјекцијом',
        'Injekcija INJEKCIJA iNJEKCIJA': 'Инјекција ИНЈЕКЦИЈА иНЈЕКЦИЈА',
        'injektor injicirati injurija': 'инјектор инјицирати инјурија',
        'konjunkcija konjunktura konjunktivitis': 'конјункција конјунктура конјунктивитис',
        'konjugacija konjugirati': 'конјугација конјугирати',
        'Tanjug Tanjuga TANJUG-a': 'Танјуг Танјуга ТАНЈУГ-а',
        'vanjezički anjon SSRNJ dablju': 'ванјезички анјон ССРНЈ даблју',
        'nadživeti nadživeo nadživljavati': 'надживети надживео надживљавати',
        'podžanr podžanrovi PODŽANR': 'поджанр поджанрови ПОДЖАНР',
        'odžaliti odživeti podžupan nadžupan': 'оджалити одживети поджупан наджупан',
        'podželudačna predživot feldžandarm': 'поджелудачна предживот фелджандарм',
        'nadžnjeti podžnjeti': 'наджњети поджњети',
      });
    });

    it('does not split real digraphs that look like them', () => {
      expectAll(toCyrillic, {
        'odžak odžakom odžaci odžačar': 'оџак оџаком оџаци оџачар',
        'nadljudski NADLJUDSKI': 'надљудски НАДЉУДСКИ',
        'konj konjušnica konjički': 'коњ коњушница коњички',
        'kanjon kanjona': 'кањон кањона',
        'injeg sinjem Tanja': 'ињег сињем Тања',
      });
    });

    it('always writes dz and dj as two letters', () => {
      expectAll(toCyrillic, {
        'nadzor podzemni PODZEMNI predznak budzašto': 'надзор подземни ПОДЗЕМНИ предзнак будзашто',
        'odjednom podjednako odjek predjelo': 'одједном подједнако одјек предјело',
        'gdje djeca Djordje DJ': 'гдје дјеца Дјордје ДЈ',
      });
    });

    it('splits at a zero-width non-joiner and removes it', () => {
      expectAll(toCyrillic, {
        [`kon${ZWNJ}jukcija`]: 'конјукција',
        [`N${ZWNJ}J`]: 'НЈ',
        [`pod${ZWNJ}žeti`]: 'поджети',
        [`od${ZWNJ}žak`]: 'оджак',
        [`a${ZWNJ}b`]: 'аб',
      });
      // Not between two letters: not ours to remove.
      expect(toCyrillic(`a ${ZWNJ} b`)).to.equal(`а ${ZWNJ} б`);
    });

    it('keeps soft hyphens in the word, and a soft hyphen between l/n/d and j/ž splits them', () => {
      const shy = '\u00AD';
      expectAll(toCyrillic, {
        [`lju${shy}bav Lju${shy}bljana`]: `љу${shy}бав Љу${shy}бљана`,
        [`in${shy}jekcija pod${shy}žanr`]: `ин${shy}јекција под${shy}жанр`,
        [`Was${shy}hington Face${shy}book`]: `Was${shy}hington Face${shy}book`,
        [`${shy}abc ${shy}`]: `${shy}абц ${shy}`,
      });
    });
  });

  describe('what stays as written', () => {
    it('keeps URLs with and without a scheme', () => {
      expectAll(toCyrillic, {
        'Sajt https://www.mfa.gov.rs/sr/press-sluzba je novi.': 'Сајт https://www.mfa.gov.rs/sr/press-sluzba је нови.',
        'Vidi www.srbija.gov.rs.': 'Види www.srbija.gov.rs.',
        '(WWW.SRBIJA.GOV.RS)': '(WWW.SRBIJA.GOV.RS)',
        'Portal euprava.gov.rs/usluge radi.': 'Портал euprava.gov.rs/usluge ради.',
        'na mfa.gov.rs i kim.gov.rs': 'на mfa.gov.rs и kim.gov.rs',
        'vidi:https://a.rs': 'види:https://a.rs',
        'na sajtu mfa.gov.rs-u i www.srbija.gov.rs-a': 'на сајту mfa.gov.rs-у и www.srbija.gov.rs-а',
        'sajt moj-sajt.rs radi': 'сајт moj-sajt.rs ради',
      });
    });

    it('keeps e-mail addresses', () => {
      expectAll(toCyrillic, {
        'Pišite na kabinet@mfa.gov.rs.': 'Пишите на kabinet@mfa.gov.rs.',
        'E-mail:pera.peric@gov.rs, faks': 'Е-маил:pera.peric@gov.rs, факс',
        'ili ime_prezime+vesti@mail.co.uk': 'или ime_prezime+vesti@mail.co.uk',
      });
    });

    it('keeps schemes, paths, handles and Cyrillic host names', () => {
      expectAll(toCyrillic, {
        'Adresa mailto: i mailto:kabinet@mfa.gov.rs': 'Адреса mailto: и mailto:kabinet@mfa.gov.rs',
        'Pozovite tel:+381113061000 ili sms:1234': 'Позовите tel:+381113061000 или sms:1234',
        'Datoteka /etc/passwd, ./config/local i ../deljeno': 'Датотека /etc/passwd, ./config/local и ../deljeno',
        'Folder ~/dokumenti i C:\\Windows\\System32 i D:/podaci':
          'Фолдер ~/dokumenti и C:\\Windows\\System32 и D:/podaci',
        'Skripta //cdn.gov.rs/x.js': 'Скрипта //cdn.gov.rs/x.js',
        'Pratite @mfa_srbija i @vlada.srbije.': 'Пратите @mfa_srbija и @vlada.srbije.',
        'Sajt www.пример.срб i мфа.гов.рс': 'Сајт www.пример.срб и мфа.гов.рс',
        'port www.mfa.gov.rs:8080/vesti': 'порт www.mfa.gov.rs:8080/vesti',
      });
    });

    it('keeps codes: capitals joined to digits by a hyphen', () => {
      expectAll(toCyrillic, {
        'Šifra ABC-123, put E-75, avion F-16': 'Шифра ABC-123, пут E-75, авион F-16',
        'tablice BG 123-AB i ISO-9001': 'таблице БГ 123-AB и ISO-9001',
      });
    });

    it('still converts labels, lowercase words with numbers and slashes inside words', () => {
      expectAll(toCyrillic, {
        'Tel: 011 306 1000, tel. 011': 'Тел: 011 306 1000, тел. 011',
        'Data: sutra. Vesti:danas': 'Дата: сутра. Вести:данас',
        'Kovid-19, 5-og maja, MiG-29': 'Ковид-19, 5-ог маја, МиГ-29',
        'i/ili, 1/2 litre, prvi/drugi': 'и/или, 1/2 литре, први/други',
        'Zaključak / predlog': 'Закључак / предлог',
        '@ na početku, x @ y': '@ на почетку, x @ y',
      });
    });

    it('does not take abbreviations with dots for addresses', () => {
      expectAll(toCyrillic, {
        'd.o.o. a.d. tj. npr.': 'д.о.о. а.д. тј. нпр.',
        'Sl.glasnik RS': 'Сл.гласник РС',
        'Beograd.Novi Sad': 'Београд.Нови Сад',
      });
    });

    it('keeps Roman numerals of two or more letters', () => {
      expectAll(toCyrillic, {
        'XIV vek': 'XIV век',
        'XXI veka': 'XXI века',
        'Petar II Petrović': 'Петар II Петровић',
        'Luj XVI': 'Луј XVI',
        'Glava IV, član III': 'Глава IV, члан III',
        'XIV-og': 'XIV-ог',
        'tačka ii) i iv)': 'тачка ii) и iv)',
      });
    });

    it('reads MI, VI, LI and DIV as Serbian words where they are words', () => {
      expectAll(toCyrillic, {
        'MI SMO ZA': 'МИ СМО ЗА',
        'ŠTA VI MISLITE': 'ШТА ВИ МИСЛИТЕ',
        'DA LI JE': 'ДА ЛИ ЈЕ',
        DIV: 'ДИВ',
        ILI: 'ИЛИ',
        'mi vi li div': 'ми ви ли див',
        'Mi smo': 'Ми смо',
      });
    });

    it('keeps MI, VI, LI as numerals where a numeral is meant', () => {
      expectAll(toCyrillic, {
        'Karlo VI': 'Карло VI',
        'ČLAN VI': 'ЧЛАН VI',
        'VI. ZAVRŠNE ODREDBE': 'VI. ЗАВРШНЕ ОДРЕДБЕ',
        'GLAVA VI\nOPŠTE ODREDBE': 'ГЛАВА VI\nОПШТЕ ОДРЕДБЕ',
      });
    });

    it('keeps a capital I after a name as a numeral and converts the conjunction', () => {
      expectAll(toCyrillic, {
        'Petar I Karađorđević': 'Петар I Карађорђевић',
        'Aleksandar I.': 'Александар I.',
        'I ministar je došao.': 'И министар је дошао.',
        'Rekao je. I otišao.': 'Рекао је. И отишао.',
        'SRBIJA I SVET': 'СРБИЈА И СВЕТ',
        'Srbija i svet': 'Србија и свет',
        'Петар I': 'Петар I',
      });
    });

    it('keeps words with q, w, x, y or letters foreign to Serbian', () => {
      expectAll(toCyrillic, {
        'Washington i New York': 'Washington и New York',
        'Müller, Jürgen, François, Øresund, Straße': 'Müller, Jürgen, François, Øresund, Straße',
        'Mu\u0308ller': 'Mu\u0308ller', // decomposed ü
        'Wi-Fi mreža, Wi-Fi-ja, X-Files': 'Wi-Fi мрежа, Wi-Fi-ја, X-Files',
        'u Washington-u, XIV-og, B92-a, 5km-a': 'у Washington-у, XIV-ог, B92-а, 5km-а',
        'Quo vadis': 'Quo вадис',
        café: 'café',
      });
    });

    it('keeps unit symbols after a number, currency codes, file formats and glued codes', () => {
      expectAll(toCyrillic, {
        'vetar 24 m/s': 'ветар 24 m/s',
        'padavine 30 l/m²': 'падавине 30 l/m²',
        'temperatura 25 °C, 77°F': 'температура 25 °C, 77°F',
        '5 km, 100 kg, 10 min, 5km, 220 V, 24 h': '5 km, 100 kg, 10 min, 5km, 220 V, 24 h',
        'brzina 90 km/h': 'брзина 90 km/h',
        '1.500 RSD ili 13 EUR': '1.500 RSD или 13 EUR',
        'Preuzmite PDF (2 MB)': 'Преузмите PDF (2 MB)',
        'CO2 i H2O, B92, MP3': 'CO2 и H2O, B92, MP3',
        'COVID-19': 'COVID-19',
      });
    });

    it('still converts what only looks like a unit or a code', () => {
      expectAll(toCyrillic, {
        'Ulica 15a, stan 3b': 'Улица 15а, стан 3б',
        'sa 5 s': 'са 5 с',
        'm je slovo': 'м је слово',
        'vitamin C i D': 'витамин Ц и Д',
        '2 i 3': '2 и 3',
      });
    });

    it('keeps listed brands as written, with a Serbian ending after a hyphen converted', () => {
      expectAll(toCyrillic, {
        'na Facebook-u i Google-u': 'на Facebook-у и Google-у',
        FACEBOOK: 'FACEBOOK',
        iPhone: 'iPhone',
      });
    });
  });

  it('converts abbreviations made of Serbian letters, with their case endings', () => {
    expectAll(toCyrillic, {
      NATO: 'НАТО',
      EU: 'ЕУ',
      KFOR: 'КФОР',
      'KFOR-a': 'КФОР-а',
      'NATO-om i MMF-u': 'НАТО-ом и ММФ-у',
      'BiH i KiM': 'БиХ и КиМ',
      UN: 'УН',
      eUprava: 'еУправа',
    });
  });

  it('adapts UNESCO as Pravopis does', () => {
    expectAll(toCyrillic, { UNESCO: 'УНЕСКО', 'UNESCO-a': 'УНЕСКО-а', Unesco: 'Унеско' });
  });

  describe('input cleanup', () => {
    it('rewrites the digraph code points in all their cases', () => {
      expectAll(toCyrillic, {
        'ǄEP ǅep ǆep': 'ЏЕП Џеп џеп',
        'ǇUBǇANA ǈubǉana ǉubav': 'ЉУБЉАНА Љубљана љубав',
        'ǊEGOŠ ǋegoš ǌiva': 'ЊЕГОШ Његош њива',
        felǆandarm: 'фелджандарм',
      });
    });

    it('reads Ð and ð as Đ and đ', () => {
      expectAll(toCyrillic, { 'Ðorđe ÐURÐEVDAN ðak': 'Ђорђе ЂУРЂЕВДАН ђак' });
    });

    it('composes decomposed č ć š ž', () => {
      expectAll(toCyrillic, {
        'c\u030Covek': 'човек',
        'C\u030CAČAK': 'ЧАЧАК',
        's\u030Cuma z\u030Cena': 'шума жена',
        'c\u0301erka': 'ћерка',
        'd\u017E': 'џ',
        'dz\u030Cep': 'џеп',
      });
    });

    it('keeps a Serbian accent on its letter', () => {
      expect(toCyrillic('ja\u0301 ka\u0300d')).to.equal('ја\u0301 ка\u0300д');
    });

    it('joins a Cyrillic ј typed inside a Latin digraph and passes Cyrillic homoglyphs', () => {
      expectAll(toCyrillic, { 'nјegov Lјubav': 'његов Љубав', Кfor: 'Кфор' });
    });
  });

  describe('the no-convert marker', () => {
    it('keeps the content as written and removes the marker', () => {
      expectAll(toCyrillic, {
        'Sistem -{Microsoft Windows}- i -{SRBIJA}-': 'Систем Microsoft Windows и SRBIJA',
        'reč-{xyz}-ima': 'реч' + 'xyz' + 'има',
        '-{123}-': '123',
        '-{}-': '',
        '-{a}--{b}-': 'ab',
      });
    });

    it('leaves an unclosed marker as text', () => {
      expect(toCyrillic('-{nije zatvoren')).to.equal('-{није затворен');
    });

    it('is removed by stripNoConvertMarkers, for text shown in the script it was written in', () => {
      expect(stripNoConvertMarkers('Изаберите -{ћирилица}- или -{latinica}-.')).to.equal(
        'Изаберите ћирилица или latinica.',
      );
      expect(stripNoConvertMarkers('-{a}--{b}- -{c')).to.equal('ab -{c');
      const plain = 'Без маркера';
      expect(stripNoConvertMarkers(plain)).to.equal(plain);
    });

    it('exports its syntax', () => {
      expect(NO_CONVERT_OPEN).to.equal('-{');
      expect(NO_CONVERT_CLOSE).to.equal('}-');
    });
  });

  it('leaves Cyrillic text as it is, returning the same string', () => {
    const text = 'Влада Србије, 2024.';
    expect(toCyrillic(text)).to.equal(text);
    expect(toCyrillic('')).to.equal('');
  });

  it('tells whether a text holds a Latin letter to convert', () => {
    expect(hasLatin('Ћирилица 123')).to.equal(false);
    expect(hasLatin('x y w q ü')).to.equal(false);
    expect(hasLatin('Ćirilica')).to.equal(true);
    expect(hasLatin('ǅ')).to.equal(true);
    expect(hasLatin('Ð')).to.equal(true);
  });
});

describe('addExceptions', () => {
  it('adds split-digraph stems spelled in Cyrillic, matched in any case and inflected', () => {
    expect(toCyrillic('vanjugoslovenski')).to.equal('вањугословенски');
    addExceptions({ stems: ['ванјугословен'] });
    expect(toCyrillic('vanjugoslovenski VANJUGOSLOVENSKOG')).to.equal('ванјугословенски ВАНЈУГОСЛОВЕНСКОГ');
  });

  it('prefers the longest stem, so a site can undo a split', () => {
    addExceptions({ stems: ['инјекцијаљ'] });
    expect(toCyrillic('injekcijalj')).to.equal('инјекцијаљ');
    addExceptions({ stems: ['ињекторка'] });
    expect(toCyrillic('injektorka injektor')).to.equal('ињекторка инјектор');
  });

  it('adds words kept in Latin, as written and in capitals', () => {
    addExceptions({ keepLatin: ['Renault', 'Peugeot'] });
    expect(toCyrillic('Renault Clio, RENAULT, Peugeot-a, renault')).to.equal(
      'Renault Цлио, RENAULT, Peugeot-а, ренаулт',
    );
  });

  it('adds fixed Cyrillic forms, which may be longer than the word', () => {
    addExceptions({ cyrillicForms: { BBC: 'Би-Би-Си', Bbc: 'Би-би-си' } });
    expect(toCyrillic('BBC-ja i Bbc')).to.equal('Би-Би-Си-ја и Би-би-си');
    expect(toCyrillic('BBC '.repeat(2000))).to.equal('Би-Би-Си '.repeat(2000));
  });

  it('rejects entries that could never match', () => {
    expect(() => addExceptions({ stems: ['injekc'] })).to.throw(TypeError);
    expect(() => addExceptions({ stems: ['инј екц'] })).to.throw(TypeError);
    expect(() => addExceptions({ keepLatin: ['e-mail'] })).to.throw(TypeError);
    expect(() => addExceptions({ cyrillicForms: { 'Coca Cola': 'Кока-кола' } })).to.throw(TypeError);
  });
});

describe('properties', () => {
  // Single code units of every kind (lone surrogates included), plus the characters the engine treats specially.
  const specialCharacters = [
    ...'ЉљЊњЏџЂђабвгИVXLCDMlnjdžŽšČćĐ -{}.@/:12\n',
    ZWNJ,
    '\u030C',
    '\u0301',
    'ǅ',
    'ǈ',
    'Ð',
    '😀',
    '🇷🇸',
  ];
  const anyCharacter = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom(...specialCharacters),
  );
  const anyText = fc.string({ unit: anyCharacter, maxLength: 80 });
  const withoutMarkers = anyText.filter((text) => !text.includes(NO_CONVERT_OPEN));

  it('toLatin is the identity on text without Serbian Cyrillic', () => {
    const noCyrillic = withoutMarkers.map((text) => [...text].filter((c) => !SERBIAN_CYRILLIC.has(c)).join(''));
    fc.assert(
      fc.property(noCyrillic, (text) => {
        expect(toLatin(text)).to.equal(text);
      }),
    );
  });

  // Serbian prose in Cyrillic, made of words outside the exception lists (which round-trip by construction).
  const prose = (() => {
    const latinOf = (words: Iterable<string>) => [...words].map((word) => toLatin(word));
    const listedLatin = new Set(
      [...BUILT_IN_EXCEPTIONS.keepLatin, ...Object.keys(BUILT_IN_EXCEPTIONS.cyrillicForms)].flatMap((word) => [
        word,
        word.toUpperCase(),
      ]),
    );
    const stemsLatin = latinOf(BUILT_IN_EXCEPTIONS.stems);
    const isOutsideExceptions = (word: string) => {
      const latin = toLatin(word);
      return (
        !/нј|лј|дж|НЈ|ЛЈ|ДЖ|Нј|Лј|Дж/.test(word) && // written as one digraph in Latin: the split-digraph dictionary's job
        !/^[ИВЛЦДМХС]+$/.test(word) && // capitals that read as a Roman numeral in Latin (MI, CD, I; ХХ typed for XX)
        !/^[ив]{2,}$/.test(word) && // list numbering: ii, iv, vii
        !listedLatin.has(latin) &&
        !stemsLatin.some((stem) => latin.toLowerCase().startsWith(stem))
      );
    };
    const lowercaseWord = fc
      .array(fc.constantFrom(...CYRILLIC_LOWER, 'ѐ', 'ѝ'), { minLength: 1, maxLength: 10 })
      .map((letters) => letters.join(''));
    const word = fc
      .tuple(lowercaseWord, fc.constantFrom('lower', 'title', 'capitals'))
      .map(([lower, casing]) =>
        casing === 'lower'
          ? lower
          : casing === 'capitals'
            ? lower.toUpperCase()
            : lower[0].toUpperCase() + lower.slice(1),
      )
      .filter(isOutsideExceptions);
    const separator = fc.constantFrom(' ', ', ', '. ', ' – ', '\n', ' (', ') ', '-', '! ', '? ', ' „', '“ ', ': ');
    return fc
      .array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
  })();

  it('toCyrillic(toLatin(text)) is the text, for Cyrillic words outside the exception lists', () => {
    fc.assert(
      fc.property(prose, (text) => {
        expect(toCyrillic(toLatin(text))).to.equal(text);
      }),
      { numRuns: 300 },
    );
  });

  describe('literal text: addresses, schemes, paths, handles and codes', () => {
    const latinLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
    const cyrillicLabel = fc.stringMatching(/^[абвгдђежзијклљмнњопрстћуфхцчџш0-9]{1,8}$/);
    const label = fc.oneof(latinLabel, cyrillicLabel);
    const topLevel = fc.constantFrom('rs', 'gov.rs', 'com', 'org', 'eu', 'срб', 'рф', 'рс', 'гов.рс');
    const host = fc
      .tuple(fc.boolean(), fc.array(label, { minLength: 1, maxLength: 3 }), topLevel)
      .map(([www, labels, tld]) => `${www ? 'www.' : ''}${labels.join('.')}.${tld}`);
    const segment = fc.oneof(latinLabel, cyrillicLabel, fc.constantFrom('passwd', 'etc', 'index.html', 'a_b'));
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    const local = fc
      .array(fc.oneof(label, fc.constantFrom('ime.prezime', 'a_b', 'vesti+sr')), { minLength: 1, maxLength: 2 })
      .map((parts) => parts.join('.'));
    const email = fc.tuple(local, host).map(([name, domain]) => `${name}@${domain.replace(/^www\./, '')}`);
    const literal = fc.oneof(
      email,
      host,
      fc.tuple(host, path).map(([domain, rest]) => `${domain}/${rest}`),
      fc
        .tuple(fc.constantFrom('https', 'http', 'ftp'), host, path)
        .map(([scheme, domain, rest]) => `${scheme}://${domain}/${rest}`),
      email.map((address) => `mailto:${address}`),
      fc.constantFrom('mailto:', 'https:', 'tel:+381113061000', 'sms:1234', 'C:\\Windows\\Temp', 'D:/podaci'),
      fc.tuple(fc.constantFrom('/', './', '../', '~/', '//'), path).map(([start, rest]) => start + rest),
      fc.stringMatching(/^@[a-z_][a-z0-9_]{0,9}$/),
    );
    const code = fc.oneof(fc.stringMatching(/^[A-Z]{1,4}-[0-9]{1,4}$/), fc.stringMatching(/^[0-9]{1,4}-[A-Z]{1,3}$/));
    const before = fc.constantFrom(' ', ', ', ' (', ': ', '\n', ' „');
    const after = fc.constantFrom(' ', ', ', ') ', '. ', '\n', '“ ');
    /** `token` in Cyrillic prose, or in the same prose in Latin. */
    const inProse = (token: fc.Arbitrary<string>) =>
      fc
        .tuple(prose, before, token, after, prose, fc.boolean())
        .map(([start, open, literalText, close, end, latin]) => {
          const text = (start: string) => (latin ? toLatin(start) : start);
          return { token: literalText, text: text(start) + open + literalText + close + text(end) };
        });

    it('no address, scheme, path or handle changes in either direction', () => {
      fc.assert(
        fc.property(inProse(literal), ({ token, text }) => {
          expect(toLatin(text), text).to.contain(token);
          expect(toCyrillic(text), text).to.contain(token);
        }),
        { numRuns: 1000 },
      );
    });

    it('no code changes in Latin → Cyrillic', () => {
      fc.assert(
        fc.property(inProse(code), ({ token, text }) => {
          expect(toCyrillic(text), text).to.contain(token);
        }),
        { numRuns: 300 },
      );
    });

    it('stays linear on text made of the characters that start literal text (a hostile page)', () => {
      // Each of these once cost a scan of the whole text per character; at this length that is minutes.
      const length = 200_000;
      for (const unit of ['а.', 'a.', 'а@', 'a@', '/а', '/a', 'а:', 'a:', '.-', 'ХС', 'IIIIIIIIIIIIIIIIIIIХ']) {
        const text = unit.repeat(length / unit.length);
        expect(toCyrillic(toLatin(text)).length, unit).to.be.greaterThan(0);
      }
      const hosts = 'а.'.repeat(length / 2) + 'срб';
      expect(toLatin(hosts)).to.equal(hosts); // one host name of a hundred thousand labels
    });

    it('prose around Latin literals still round-trips', () => {
      const latinLiteral = literal.filter((token) => !hasCyrillic(token));
      fc.assert(
        fc.property(prose, latinLiteral, prose, (start, token, end) => {
          // A comma after the literal: `/a/5 l` would read as five litres.
          const text = `${start} ${token}, ${end}`;
          expect(toCyrillic(toLatin(text))).to.equal(text);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('neither direction throws nor loses a character it does not map', () => {
    const isLatinLetter = (c: string) => /\p{Script=Latin}/u.test(c);
    const untouchedByToLatin = (text: string) => [...text].filter((c) => !SERBIAN_CYRILLIC.has(c) && !isLatinLetter(c));
    // toCyrillic maps Latin letters, drops a non-joiner between letters and composes c + caron.
    const untouchedByToCyrillic = (text: string) =>
      [...text].filter((c) => !SERBIAN_CYRILLIC.has(c) && !isLatinLetter(c) && c !== ZWNJ && !/\p{M}/u.test(c));
    fc.assert(
      fc.property(withoutMarkers, (text) => {
        expect(untouchedByToLatin(toLatin(text))).to.deep.equal(untouchedByToLatin(text));
        expect(untouchedByToCyrillic(toCyrillic(text))).to.deep.equal(untouchedByToCyrillic(text));
      }),
      { numRuns: 500 },
    );
  });

  it('toLatin leaves no Serbian Cyrillic letter outside literal text and markers', () => {
    // Without the characters that start an address, a scheme or a path, no text is literal.
    const plain = withoutMarkers.filter((text) => !/[:@./]/.test(text));
    fc.assert(
      fc.property(plain, (text) => {
        expect(hasCyrillic(toLatin(text))).to.equal(false);
      }),
    );
  });
});
