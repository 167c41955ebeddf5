// Arabic sentences for problems found inside a loaded file (mirrors ../en/loadIssue.ts).
import type { loadIssue as en } from '../en/loadIssue';
import type { ArabicPlural, Localized } from '../localized';

const FIX_ABOVE = 'صحّح المشكلات المذكورة أعلاه ثم حمّل الملف مرة أخرى.';

export const loadIssue: Localized<typeof en, ArabicPlural> = {
  'loadIssue.invalid_encoding':
    'الملف ليس بترميز UTF-8 صالح: في السطر {line} بايت (الإزاحة {offset}) ليس نصًا بترميز UTF-8. احفظ الملف بصيغة «CSV UTF-8»، أو اختر الترميز windows-1252 إذا كان الملف من برنامج جداول بيانات قديم.',
  'loadIssue.invalid_encoding.utf16': 'يبدو أن الملف بترميز {encoding} لكنه يحتوي على أحرف غير صالحة. احفظه من جديد بترميز UTF-8.',
  'loadIssue.file_too_large': 'حجم الملف {size}، ويمكن تحميل الملفات التي لا يتجاوز حجمها {maxSize}. قسّم الملف أو احذف الأعمدة التي لا تحتاج إليها.',
  'loadIssue.size.bytes': {
    zero: '{count} بايت',
    one: 'بايت واحد',
    two: 'بايتان',
    few: '{count} بايتات',
    many: '{count} بايتًا',
    other: '{count} بايت',
  },
  'loadIssue.size.mb': '{mb} ميغابايت',
  'loadIssue.empty_file': 'الملف فارغ: لا يحتوي على صف عناوين ولا على بيانات.',
  'loadIssue.unknown_kind': 'العناوين ({columns}) لا تطابق أي نوع من مجموعات البيانات. يحتاج كل نوع إلى هذه الأعمدة: {kinds}.',
  'loadIssue.kind.events': 'الفعاليات',
  'loadIssue.kind.delegates': 'المندوبون',
  'loadIssue.kind.placements': 'التعيينات',
  'loadIssue.kind.organizations': 'المنظمات',
  'loadIssue.missing_column':
    'يجب أن يحتوي ملف من نوع «{kind}» على العمود «{column}»، وهذا الملف لا يحتوي عليه. أضف العمود، أو أعد تسمية العمود الذي يحمل هذه البيانات.',
  'loadIssue.duplicate_column': 'العمودان «{other}» و«{column}» لهما الاسم نفسه. أبقِ على أحدهما فقط.',
  'loadIssue.duplicate_column.canonical': 'العمودان «{other}» و«{column}» يعنيان كلاهما «{canonical}». أبقِ على أحدهما فقط.',
  'loadIssue.forbidden_column': 'اسم العمود «{column}» غير مسموح به. أعد تسمية العمود.',
  'loadIssue.no_rows': 'تعذّر تحميل أي صف: في كل صف مشكلة مذكورة في هذا التقرير.',
  'loadIssue.no_rows.empty': 'يحتوي الملف على صف عناوين ولكن ليس فيه أي صف بيانات.',
  'loadIssue.more_issues': {
    zero: `عُثر على {count} مشكلة أخرى غير مدرجة. ${FIX_ABOVE}`,
    one: `عُثر على مشكلة أخرى واحدة غير مدرجة. ${FIX_ABOVE}`,
    two: `عُثر على مشكلتين أخريين غير مدرجتين. ${FIX_ABOVE}`,
    few: `عُثر على {count} مشكلات أخرى غير مدرجة. ${FIX_ABOVE}`,
    many: `عُثر على {count} مشكلة أخرى غير مدرجة. ${FIX_ABOVE}`,
    other: `عُثر على {count} مشكلة أخرى غير مدرجة. ${FIX_ABOVE}`,
  },
  'loadIssue.unknown_column': 'العمود «{column}» ليس من أعمدة مجموعة بيانات «{kind}»، لذلك تم تجاهل خلاياه.',
  'loadIssue.unnamed_column': 'العمود {index} ليس له عنوان، لذلك تم تجاهل خلاياه.',
  'loadIssue.ragged_row':
    'عدد الخلايا في هذا الصف {fields}، بينما عددها في صف العناوين {expected}. تحقق من وجود فاصل ناقص أو زائد، أو ضع الخلايا التي تحتوي على الفاصل بين علامتي اقتباس.',
  'loadIssue.unclosed_quote':
    'خلية بين علامتي اقتباس تبدأ في هذا الصف لا تُغلق، لذلك قُرئ باقي الملف كخلية واحدة. أضف علامة الاقتباس الختامية الناقصة (").',
  'loadIssue.invalid_quotes':
    'في هذا الصف خلية بين علامتي اقتباس فيها نص بعد علامة الاقتباس الختامية. داخل الخلية المقتبسة، اكتب علامة الاقتباس مرتين ("").',
  'loadIssue.missing_value': 'الخلية {column} فارغة، ولكن يجب ملؤها في كل صف.',
  'loadIssue.unknown_country': 'بلد غير معروف «{value}». استخدم رمز ISO 3166 مثل KAZ، أو اسم البلد.',
  'loadIssue.unknown_country.suggestion': 'بلد غير معروف «{value}». هل تقصد «{suggestion}»؟',
  'loadIssue.invalid_count': '«{value}» ليس عددًا. اكتب عددًا صحيحًا مثل 1234، وضع "at least" أو "about" في عمود qualifier.',
  'loadIssue.invalid_count.not_a_number': '«{value}» ليس عددًا. اكتب عددًا صحيحًا، أو اترك الخلية فارغة إذا لم يكن هناك رقم.',
  'loadIssue.negative_count': '«{value}» عدد سالب، ولا يمكن أن يكون العدد أقل من الصفر.',
  'loadIssue.fractional_count':
    '«{value}» ليس عددًا صحيحًا (في هذا الملف «.» هي العلامة العشرية؛ اكتب 1234 أو "1,234" للآلاف). يجب أن تكون الأعداد صحيحة.',
  'loadIssue.fractional_count.decimalComma':
    '«{value}» ليس عددًا صحيحًا (في الملف المفصول بفواصل منقوطة تكون «,» هي العلامة العشرية و«.» فاصل الآلاف). يجب أن تكون الأعداد صحيحة.',
  'loadIssue.count_too_large': '«{value}» أكبر من 2^53 (9007199254740992) ولا يمكن تخزينه بدقة.',
  'loadIssue.ambiguous_number': 'في «{value}» فواصل آلاف في مواضع غير متوقعة؛ جمّع الأرقام ثلاثة ثلاثة، مثل 1,234,567.',
  'loadIssue.invalid_year': '«{value}» ليس سنة؛ اكتب أربعة أرقام مثل 2023.',
  'loadIssue.year_out_of_range': '«{value}» خارج نطاق السنوات من 1900 إلى 2100.',
  'loadIssue.invalid_date': '«{value}» ليس تاريخًا؛ اكتب YYYY أو YYYY-MM أو YYYY-MM-DD.',
  'loadIssue.impossible_date': '«{value}» ليس تاريخًا حقيقيًا بين عامي 1900 و2100.',
  'loadIssue.invalid_goal': '«{value}» ليس قائمة بأهداف التنمية المستدامة؛ اكتب أرقامًا من 1 إلى 17 يفصل بينها "|"، مثل 4|5.',
  'loadIssue.goal_out_of_range': '«{value}» يذكر هدفًا خارج النطاق من 1 إلى 17.',
  'loadIssue.invalid_qualifier':
    '«{value}» ليست قيمة صالحة للعمود {canonical}؛ استخدم exact أو at_least ("at least"، "more than"، ">") أو approx ("about"، "approximately"، "~"، "almost")؛ واترك الخلية فارغة للقيمة exact.',
  'loadIssue.invalid_status': '«{value}» ليست قيمة صالحة للعمود {canonical}؛ استخدم reported أو derived أو illustrative.',
  'loadIssue.invalid_perspective': '«{value}» ليست قيمة صالحة للعمود {canonical}؛ استخدم duty_station أو nationality.',
  'loadIssue.invalid_type': '«{value}» ليست قيمة صالحة للعمود {canonical}؛ استخدم national أو international أو total.',
  'loadIssue.invalid_value': '«{value}» ليست قيمة صالحة للعمود {canonical}؛ استخدم قيمة أخرى.',
  'loadIssue.end_before_start': 'تاريخ الانتهاء «{end}» يسبق تاريخ البدء «{start}».',
  'loadIssue.duplicate_row': 'السطر {line} يكرر السطر {earlierLine} تمامًا ({key})، وقد احتُسب مرة واحدة.',
  'loadIssue.conflicting_row':
    'السطر {line} له المفتاح نفسه الذي للسطر {earlierLine} ({key}) ولكن بقيم مختلفة؛ لم يُحمَّل السطر {line}. أبقِ على أحدهما فقط.',
};
