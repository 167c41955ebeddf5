// Kazakh strings of the presentation deck (mirrors ../en/present.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { present as en } from '../en/present';
import type { KazakhPlural, Localized } from '../localized';

export const present: Localized<typeof en, KazakhPlural> = {
  'present.add': 'Презентацияға қосу',
  'present.added': { one: 'Презентацияға қосылды: {count} слайд', other: 'Презентацияға қосылды: {count} слайд' },
  'present.deckButton': { one: 'Презентация ({count} слайд)', other: 'Презентация ({count} слайд)' },
  'present.editor.title': 'Презентация слайдтары',
  // review
  'present.editor.isDefault': 'Бұл таңдалған деректер жинағының әдепкі слайдтары. Өз презентацияңызды жинау үшін кез келген диаграммада немесе негізгі көрсеткіште «Презентацияға қосу» түймесін басыңыз.',
  // review
  'present.editor.hint': 'Ретін өзгерту үшін слайдты сүйреңіз немесе көрсеткі түймелерін пайдаланыңыз. Презентация сілтемеде және осы браузерде сақталады.',
  'present.editor.moveUp': 'Жоғары жылжыту: {slide}',
  'present.editor.moveDown': 'Төмен жылжыту: {slide}',
  'present.editor.remove': 'Алып тастау: {slide}',
  'present.editor.reset': 'Әдепкіге қайтару',
  'present.editor.present': 'Көрсету',
  'present.editor.close': 'Жабу',
  // review
  'present.editor.moved': '«{slide}» слайды енді {index}-орында.',
  'present.editor.removed': '«{slide}» алып тасталды.',
  'present.item.key-figures': 'Барлық негізгі көрсеткіштер',
  'present.item.map': 'Карта',
  'present.item.ranked': 'Елдер рейтингі',
  'present.item.national-international': 'БҰҰ-ның ұлттық және халықаралық еріктілері',
  'present.item.years': 'БҰҰ еріктілері жылдар бойынша',
  'present.item.events': 'Іс-шараларды салыстыру',
  'present.item.sdg-grid': 'ТДМ торы',
  'present.item.sdg-bars': 'ТДМ бағандары',
  'present.item.country-profile': 'Ел профилі',
  'present.item.figure-delegates': 'Көрсеткіш: іс-шара делегаттары',
  'present.item.figure-countries': 'Көрсеткіш: іс-шараға қатысқан елдер',
  'present.item.figure-world': 'Көрсеткіш: әлемдегі БҰҰ еріктілері',
  'present.item.figure-national': 'Көрсеткіш: БҰҰ-ның ұлттық еріктілері',
  'present.item.figure-international': 'Көрсеткіш: БҰҰ-ның халықаралық еріктілері',
  'present.item.figure-organizations': 'Көрсеткіш: еріктілер ұйымдары',
  'present.region': 'Презентация',
  'present.slide': '{count} слайдтың {index}-сі', // review
  'present.counter': '{index} / {count}',
  'present.controls': 'Презентацияны басқару',
  'present.previous': 'Алдыңғы слайд',
  'present.next': 'Келесі слайд',
  'present.notes': 'Жазбалар',
  'present.notes.title': 'Баяндамашы жазбалары',
  'present.notes.none': 'Бұл слайдта жазба жоқ.',
  'present.fullscreen': 'Толық экран',
  'present.exit': 'Презентациядан шығу',
  'present.jump': '{index}-слайдқа өту',
  // review
  'present.keys': 'Пернелер: көрсеткілер, Page Up және Page Down, бос орын, Home, End, нөмір мен Enter, F — толық экран, N — жазбалар, Esc — шығу.',
  'present.pptx': 'Слайдтарды жүктеп алу (.pptx)',
  'present.pptx.busy': 'Слайдтар дайындалуда…',
  'present.pptx.done': 'Слайдтар жүктеп алынды.',
  // review
  'present.pptx.failed': 'Слайдтарды жасау мүмкін болмады: {message}. Қайта көріңіз немесе презентацияны басып шығарыңыз.',
  'present.print': 'Басып шығару',
  // review
  'present.ignored.slide': 'мұндай слайд жоқ (map немесе ranked сияқты диаграмма идентификаторы, не figure-world)',
};
