#!/usr/bin/env node
/**
 * Makes the committed fixtures of the publishing tool's tests (tests/fixtures/cli/), once:
 *
 * - cutenews/data/: a CuteNews 1.4 data folder as CuteNews writes it (inc/addnews.mdu, inc/tools.mdu):
 *   news.txt in UTF-8 (14 active stories, Cyrillic, Latin and English, CuteCode, smilies, HTML,
 *   `&#124;` and `{nl}` escapes, a hostile story), two archives in windows-1251 (18 Cyrillic
 *   stories of 2015, written before the site moved to UTF-8), category.db.php, users.db.php, config.php.
 * - cutenews-1250/data/: three Serbian Latin stories in windows-1250, for the encoding detection.
 * - photos/: small photos made with sharp: JPEGs stored sideways with EXIF orientation 6 and 8,
 *   a PNG, a WebP, a JPEG with GPS coordinates, captions, credits and alt text in EXIF, IPTC-style
 *   XMP, and one photo with no text at all.
 *
 *   node scripts/make-cli-fixtures.mjs
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests/fixtures/cli');

/** A one-byte code page as an encoder: the inverse of TextDecoder's table. */
function encoder(label) {
  const decoder = new TextDecoder(label);
  const table = new Map();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return (text) =>
    Uint8Array.from(
      [...text].map((character) => {
        const byte = table.get(character);
        if (byte === undefined) throw new Error(`${label} has no ${character}`);
        return byte;
      }),
    );
}

/** A story line as addnews.mdu writes it: `|` as &#124;, new lines as <br /> (or {nl}). */
function line({ time, author = 'press', title, short, full = '', avatar = '', categories = '' }, newLines = '<br />') {
  const field = (text) => text.replace(/\r/g, '').replace(/\|/g, '&#124;').replace(/\n/g, newLines);
  return `${time}|${author}|${field(title)}|${field(short)}|${field(full)}|${avatar}|${categories}||\n`;
}

// Stored times are Unix seconds; 1479900600 is 23 Nov 2016 11:30 UTC (12:30 in Brussels and Belgrade).
const active = [
  {
    time: 1479900600,
    title: 'Председник Владе Републике Србије у седишту НАТО',
    short:
      '<b>Брисел, 23. новембар 2016. –</b> Председник Владе Републике Србије састао се данас у седишту НАТО са генералним секретаром Алијансе.',
    full: '<b>Брисел, 23. новембар 2016. –</b> Председник Владе Републике Србије састао се данас у седишту НАТО са генералним секретаром Алијансе.\n\nРазговарано је о сарадњи у оквиру програма [b]Партнерство за мир[/b] и о регионалној стабилности.\n\nСастанку је присуствовао и шеф Мисије Републике Србије при НАТО.',
    categories: '1,3',
  },
  {
    time: 1479810000,
    title: 'Prime Minister of Serbia meets NATO Secretary General',
    short:
      'Brussels, 23 Nov 2016 – The Prime Minister of the Republic of Serbia met the NATO Secretary General at NATO Headquarters today.',
    full: 'Brussels, 23 Nov 2016 – The Prime Minister of the Republic of Serbia met the NATO Secretary General at NATO Headquarters today.\n\nThe talks covered [i]Partnership for Peace[/i] cooperation and regional stability. See the [link=https://www.nato.int/]NATO web site[/link] :smile:',
    categories: '3',
    author: 'editor',
  },
  {
    time: 1479726000,
    title: 'Sastanak o Individualnom akcionom planu partnerstva',
    short:
      'Brisel, 21. novembar 2016. – U sedištu NATO je danas održan sastanak o sprovođenju Individualnog akcionog plana partnerstva (IPAP) Srbije.',
    categories: '2',
  },
  {
    time: 1479380400,
    title: 'Семинар о реформи система одбране',
    short: 'Београд, 17. новембар 2016. – У Београду је данас почео дводневни семинар о реформи система одбране.',
    full: 'Београд, 17. новембар 2016. – У Београду је данас почео дводневни семинар о реформи система одбране.\n\nПрограм семинара:\n[list][*]планирање одбране[*]образовање и обука[*]цивилно-војна сарадња[/list]',
    categories: '1',
  },
  {
    time: 1478862000,
    title: 'Вежба цивилне заштите „Србија 2016“',
    short:
      'Приштина/Београд, 11. новембар 2016. – Завршена је заједничка вежба цивилне заштите у којој су учествовале јединице из пет земаља.',
    categories: '1,9',
  },
  {
    time: 1478170800,
    title: 'Саопштење за јавност | Мисија',
    short: 'Мисија Републике Србије при НАТО обавештава јавност да ће конзуларно одељење радити скраћено у петак.',
    categories: '2',
  },
  {
    time: 1477566000,
    title: 'Дан отворених врата Мисије',
    short: 'Монс, 27. октобар 2016. – Мисија је угостила студенте из Београда и Новог Сада.',
    full: 'Монс, 27. октобар 2016. – Мисија је угостила студенте из Београда и Новог Сада.\n[quote=Шеф Мисије]Драго нам је што млади желе да упознају рад дипломатије.[/quote]\nСтуденти су обишли и седиште Врховне команде савезничких снага у Европи :wink:',
    categories: '1',
    author: 'editor',
  },
  {
    time: 1476961200,
    title: 'Konferencija o bezbednosti na Zapadnom Balkanu',
    short:
      '<p>Beograd, 20. oktobar 2016. – U Beogradu je održana međunarodna konferencija o bezbednosti.</p><p>Učestvovali su predstavnici <strong>17 zemalja</strong>.</p>',
    categories: '3',
  },
  {
    time: 1476356400,
    title: '<b>Изјава</b> министра одбране &amp; министра спољних послова',
    short: 'Министри су данас дали заједничку изјаву о сарадњи са НАТО.',
    categories: '2',
  },
  {
    time: 1475751600,
    title: 'Посета делегације Народне скупштине',
    short:
      'Брисел, 6. октобар 2016. – Делегација Народне скупштине посетила је седиште НАТО.{nl}{nl}Чланови делегације састали су се са заменицима сталних представника.',
    categories: '1',
    newLines: '{nl}',
  },
  {
    time: 1475146800,
    title: 'Hostile markup test',
    short:
      'A story with markup that must not survive: <script>alert(1)</script><img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">a link</a> <iframe src="https://evil.example/"></iframe><span style="color:red">red</span>.',
    categories: '3',
  },
  {
    time: 1474542000,
    title: 'Фото: обука у Пабради',
    short: '[image=/upload/pabrade.jpg] Припадници Војске Србије учествовали су у обуци у Пабради.',
    categories: '1',
  },
  {
    time: 1473937200,
    title: 'Otvoren konkurs za stipendije',
    short: 'Ministarstvo odbrane objavljuje konkurs za stipendije za školsku 2016/2017. godinu.',
    full: 'Ministarstvo odbrane objavljuje konkurs za stipendije za školsku 2016/2017. godinu.\n\nRok za prijave je [b]30. septembar[/b].',
    categories: '2',
  },
  {
    time: 1473332400,
    title: 'Годишњица оснивања Мисије',
    short: 'Брисел, 8. септембар 2016. – Мисија је обележила годишњицу оснивања пријемом за дипломатски кор.',
    categories: '1',
  },
];

const places = ['Брисел', 'Београд', 'Монс', 'Нови Сад', 'Ниш', 'Крагујевац'];
/** Serbian month names as a dateline writes them: `23. новембар 2016.` */
const monthName = (month) =>
  new Intl.DateTimeFormat('sr-Cyrl', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2015, month, 1));
const topics = [
  ['Састанак Заједничке комисије', 'одржан је састанак Заједничке комисије за сарадњу у области одбране'],
  ['Обука у Центру за мировне операције', 'завршена је обука припадника Војске Србије за мировне операције'],
  ['Конференција о управљању кризама', 'почела је конференција о цивилном управљању кризама'],
  ['Посета начелника Генералштаба', 'начелник Генералштаба посетио је Команду савезничких снага'],
  ['Семинар о уништавању муниције', 'одржан је семинар о безбедном уништавању вишкова муниције'],
  ['Радионица о сајбер безбедности', 'организована је радионица о сајбер безбедности за државне службенике'],
];

/** Archived stories of 2015: dated, with datelines, one a month. */
function archived(count, startMonth, author, firstNumber) {
  return Array.from({ length: count }, (_, index) => {
    const month = startMonth + index;
    const day = 3 + ((index * 7) % 24);
    const date = Date.UTC(2015, month, day, 9 + (index % 6), 0, 0);
    const [title, sentence] = topics[index % topics.length];
    const place = places[index % places.length];
    return {
      time: date / 1000,
      author,
      title: `${title} (${firstNumber + index})`,
      short: `${place}, ${day}. ${monthName(month % 12)} 2015. – У ${place === 'Брисел' ? 'Бриселу' : 'граду'} ${sentence}.`,
      full:
        index % 3 === 0
          ? `${place}, ${day}. ${monthName(month % 12)} 2015. – У ${place === 'Брисел' ? 'Бриселу' : 'граду'} ${sentence}.\n\nСаопштење је објављено на сајту Министарства.`
          : '',
      categories: index % 4 === 0 ? '1,2' : '1',
    };
  });
}

const latinStories = [
  {
    time: 1420106400,
    title: 'Čestitka povodom Nove godine',
    short: 'Beograd, 1. januar 2015. – Ministar je čestitao Novu godinu pripadnicima Vojske Srbije.',
    categories: '1',
  },
  {
    time: 1420711200,
    title: 'Božićni prijem u Misiji',
    short: 'Brisel, 8. januar 2015. – Misija je priredila prijem povodom Božića za srpsku zajednicu u Belgiji.',
    categories: '1',
  },
  {
    time: 1421316000,
    title: 'Đaci iz Šapca u poseti',
    short: 'Učenici gimnazije iz Šapca i Čačka posetili su sedište NATO.',
    categories: '1',
  },
];

async function writeCuteNews() {
  const folder = join(fixtures, 'cutenews/data');
  await rm(join(fixtures, 'cutenews'), { recursive: true, force: true });
  await mkdir(join(folder, 'archives'), { recursive: true });
  const utf8 = (text) => Buffer.from(text, 'utf8');
  const cp1251 = encoder('windows-1251');
  await writeFile(
    join(folder, 'config.php'),
    utf8(
      '<?PHP \n\n//System Configurations (Auto-generated file)\n\n$config_http_script_dir = "https://www.example.gov.rs/cutenews";\n\n' +
        '$config_skin = "default";\n\n$config_date_adjust = "0";\n\n' +
        '$config_smilies = "smile,wink,wassat,tongue,laughing,sad,angry,crying";\n\n$config_timestamp_active = "d M Y";\n\n?>',
    ),
  );
  await writeFile(join(folder, 'category.db.php'), utf8('1|Вести||\n2|Saopštenja||\n3|Events||\n'));
  await writeFile(
    join(folder, 'users.db.php'),
    utf8(
      '<?php die("You don\'t have access to open this file !!!"); ?>\n' +
        '1136066400|1|press|5f4dcc3b5aa765d61d8327deb882cf99|Служба за односе с јавношћу|press@example.gov.rs|40|1||\n' +
        '1136066400|2|editor|5f4dcc3b5aa765d61d8327deb882cf99|Press Office|editor@example.gov.rs|12|1||\n',
    ),
  );
  await writeFile(join(folder, 'news.txt'), utf8(active.map((story) => line(story, story.newLines)).join('')));
  await writeFile(join(folder, 'comments.txt'), utf8(active.map((story) => `${story.time}|>|\n`).join('')));
  // Archives: "send to archive" copies news.txt as it was, newest first, named by the time it was made.
  const first = archived(10, 0, 'press', 1).reverse();
  const second = archived(8, 10, 'press', 11).reverse();
  await writeFile(join(folder, 'archives/1443657600.news.arch'), cp1251(first.map((story) => line(story)).join('')));
  await writeFile(join(folder, 'archives/1451606400.news.arch'), cp1251(second.map((story) => line(story)).join('')));

  const latinFolder = join(fixtures, 'cutenews-1250/data');
  await rm(join(fixtures, 'cutenews-1250'), { recursive: true, force: true });
  await mkdir(latinFolder, { recursive: true });
  const cp1250 = encoder('windows-1250');
  await writeFile(
    join(latinFolder, 'news.txt'),
    cp1250(
      latinStories
        .reverse()
        .map((story) => line(story))
        .join(''),
    ),
  );
  await writeFile(join(latinFolder, 'category.db.php'), cp1250('1|Vesti i događaji||\n'));
  return active.length + first.length + second.length;
}

// ── Photos ────────────────────────────────────────────────────────────────────────────────────────

/** An upright test scene: sky on top, ground below, a sun on the left — so orientation shows. */
function scene(width, height, hue) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height * 0.6}" fill="hsl(${hue} 70% 60%)"/>
    <rect y="${height * 0.6}" width="${width}" height="${height * 0.4}" fill="hsl(${(hue + 120) % 360} 45% 35%)"/>
    <circle cx="${width * 0.2}" cy="${height * 0.25}" r="${height * 0.12}" fill="#fd3"/>
  </svg>`;
  return sharp(Buffer.from(svg));
}

const xmp = ({ description, creator, alt, credit }) => `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">
   ${description ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${description}</rdf:li></rdf:Alt></dc:description>` : ''}
   ${creator ? `<dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator>` : ''}
   ${credit ? `<photoshop:Credit>${credit}</photoshop:Credit>` : ''}
   ${alt ? `<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">${alt}</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>` : ''}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;

async function writePhotos() {
  const folder = join(fixtures, 'photos');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const exif = (fields) => ({ IFD0: fields.ifd0 ?? {}, IFD2: fields.exif ?? {}, IFD3: fields.gps ?? {} });

  // Landscape scene stored sideways: the camera was turned, the viewer must turn it back.
  const upright = await scene(480, 320, 200).png().toBuffer();
  // Orientation 6: stored rotated 90° anticlockwise, shown after turning it 90° clockwise.
  await sharp(upright)
    .rotate(-90)
    .jpeg({ quality: 70 })
    .withMetadata({ orientation: 6 })
    .withExifMerge(
      exif({
        ifd0: {
          ImageDescription: 'Kalemegdan at dusk',
          Artist: 'Dragana Petrović',
          Copyright: '© Ministry of Defence',
        },
        exif: { DateTimeOriginal: '2016:10:13 17:45:00' },
      }),
    )
    .toFile(join(folder, 'kalemegdan-rotated-6.jpg'));
  // Orientation 8: stored rotated 90° clockwise.
  await sharp(upright)
    .rotate(90)
    .jpeg({ quality: 70 })
    .withMetadata({ orientation: 8 })
    .withExifMerge(exif({ ifd0: { Artist: 'Milan Jovanovic' }, exif: { DateTimeOriginal: '2016:11:23 11:05:00' } }))
    .withXmp(
      xmp({
        description: 'Тврђава Голубац на Дунаву',
        creator: 'Милан Јовановић',
        alt: 'Камене куле тврђаве изнад широке реке',
      }),
    )
    .toFile(join(folder, 'golubac-rotated-8.jpg'));
  // A photo with GPS coordinates, which published copies must not carry.
  await scene(400, 300, 30)
    .jpeg({ quality: 70 })
    .withExif(
      exif({
        ifd0: { ImageDescription: 'Djerdap gorge', Artist: 'Press Office' },
        exif: { DateTimeOriginal: '2016:09:01 08:30:00' },
        gps: { GPSLatitudeRef: 'N', GPSLatitude: '44/1 40/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '22/1 15/1 0/1' },
      }),
    )
    .withXmp(xmp({ alt: 'A river between steep dark cliffs at dawn', credit: 'Ministry of Defence' }))
    .toFile(join(folder, 'djerdap-gps.jpg'));
  await scene(360, 360, 100).png({ compressionLevel: 9, palette: true }).toFile(join(folder, 'logo-square.png'));
  await scene(420, 280, 280)
    .webp({ quality: 60 })
    .withXmp(
      xmp({
        description: 'Sunflowers in Vojvodina',
        creator: 'Ana Kovač',
        alt: 'A field of sunflowers under a purple sky',
      }),
    )
    .toFile(join(folder, 'sunflowers.webp'));
  // No caption, no credit, no alt text: the webmaster must write one.
  await scene(400, 267, 330).jpeg({ quality: 70 }).toFile(join(folder, 'no-alt.jpg'));
  return 6;
}

const stories = await writeCuteNews();
const photos = await writePhotos();
console.log(`wrote ${stories} CuteNews stories and ${photos} photos under ${fixtures}`);
