package org.fuliankg.extract.funding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.lexicon.ResourceLines;

/**
 * Decides what a sum of money was from the words around it, following the role table of the ontology README
 * ("Funding roles"). The role is the action; being a running total is separate ({@link #cumulative}). Specific
 * readings win over general ones: goods at their value (价值, 折合, 市场价), a per-person rate (每人, 人均, 标准,
 * 分别送去, even of a loan or when 发放 is in the sentence), a loan, the size of a fund, pay, goods named after the
 * sum, a budget (预算, 每年拿出, 拟投入, 额度); then the verb frame nearest the sum (lexicon/funding-verbs.tsv); 获得/收到
 * aid (救助, 资助) is money disbursed to the receiver.
 */
public final class MoneyRoles {

    static final String VERB_TABLE = "/org/fuliankg/lexicon/funding-verbs.tsv";

    /**
     * 贴息贷款 is a loan; 贴息资金 (the interest subsidy), and 贴息 right before the sum (争取财政贴息2亿元: the subsidy named
     * as money), are read with the verb ({@link #INTEREST_SUBSIDY}).
     */
    private static final Pattern LOAN = Pattern.compile(
            "贷|授信|贴息(?!资金|金|款|经费|补助|补贴|(?:约|近|超过|逾|达|共|共计)?$)|放款|loans?(?![a-z])");
    /** The interest subsidy of loans named in the sum's clause: loan money unless a body obtained it. */
    private static final Pattern INTEREST_SUBSIDY = Pattern.compile("贴息");
    /**
     * 3000万元贴息贷款, 200万元妇女小额担保贷款, 30万元的授信额度, 总额逾10亿元的“某”字号扶贫贷款 (a quoted name, masked);
     * not 捐款5万元帮助妇女申请贷款.
     */
    private static final ScreenedPattern LOAN_AFTER = ScreenedPattern.compile(
            "^的?(?:[“「『\"]?□+[”」』\"]?[^，。；□]{0,3}?)?(?:妇女|女性|农村|城乡|巾帼|创业|小额|担保|财政|贴息|扶贫|信用|无息|低息|免息|的)*(?:贷款|贷|授信)"
                    // English: 50,000 yuan ($7,300) loan, 635 million yuan in small loans
                    + "|^\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:in\\s+)?(?:[a-z-]+\\s+){0,3}?loans?(?![a-z])");
    /** A generic amount word (发放金额, 总额) stands for the thing named last before it in the sentence. */
    private static final ScreenedPattern GENERIC_AMOUNT = ScreenedPattern.compile("^[^□]{0,4}?(?:金额|总额|总量)(?:达到|达|为|共计|共)?$");
    /** A lending verb with no thing of its own right before the sum: 年均发放10亿元. */
    private static final ScreenedPattern LENDING_VERB_ALONE = ScreenedPattern.compile("(?:发放|放出|投放)了?$");
    private static final Pattern LAST_THING = Pattern.compile(
            "(?s).*(贷款|放贷|捐款|善款|资金|救助金|助学金|慰问金|经费|物资|款物)");
    private static final ScreenedPattern GOODS_BEFORE = ScreenedPattern.compile(
            "(?:(?<!(?:金|款)[和或及与、](?:物资|物品))(?<!款物|钱物|财物)价值|折合|折价|折款|市场价|捐赠价|售价|单价|总价|价格|(?<!(?:金|款|货币)[和或及与、])(?:物资|物品|实物))(?:人民币)?(?:共计|共|约为|约计|约|近|超过|达|为)?$");
    /**
     * 捐款捐物价值, 捐资捐物价值, 接收的资金和物资总价值: money and goods valued together are no goods' value alone; the
     * verb says what was done with them.
     */
    private static final Pattern MONEY_AND_GOODS_VALUED = Pattern.compile(
            "(?:款|资|钱|金)(?:[和或及与、]|捐)?(?:物资|物品|物)的?总?(?:价值|折合)(?:人民币)?(?:共计|共|约为|约计|约|近|超过|达|为)?$");
    private static final String GOODS = "(?:物资|物品|健康包|礼包|爱心包|慰问品|药品|衣物|图书|书籍|设备|食品|粮油|生活用品)";
    /** 5万元的防疫物资, 近100万元的羽绒服、棉被等御寒物资 (a list of goods closed by 等). */
    private static final ScreenedPattern GOODS_AFTER = ScreenedPattern.compile(
            "^(?:的)?(?:(?!用于|用作|购|买)[^□金款、，]){0,6}?" + GOODS
                    + "|^的(?:(?!用于|用作|购|买)[^□金款，。；]){1,24}?等[^□金款、，。；]{0,6}?" + GOODS);
    /**
     * 包括2万元的应急包、5万元的“某某包”、8万元的台灯等，总价值15万元: a list of things, each with its sum, closed by 等 and
     * their total value is a list of goods (not of money: 金, 款).
     */
    private static final Pattern GOODS_LIST_VALUED = Pattern.compile(
            "^的(?:(?!用于|用作|购|买)[^金款，。；]){1,80}?等[，,]?(?:总价值|总计价值|合计价值|价值)");
    private static final Pattern FUND_SIZE = Pattern.compile(
            "基金(?!会)[^，。]{0,8}?(?:达到|达|规模|总额|余额|增至|为)|基金规模|基金总额");
    /** 设立200万元的关爱基金: a fund set up with the sum. */
    private static final ScreenedPattern FUND_SET_UP = ScreenedPattern.compile("设立|成立|注资|出资|注入");
    /** 设立200万元的关爱基金, 成立本金500万元的“某氏”公益基金 (a quoted name, masked, may stand before 基金). */
    private static final ScreenedPattern FUND_AFTER = ScreenedPattern.compile("^的?[^，。]{0,10}?基金(?!会)");
    /** 注入担保基金2913万元, 投入初始基金200万元: the fund named between the setting-up verb and the sum. */
    private static final ScreenedPattern FUND_SET_UP_BEFORE = ScreenedPattern.compile(
            "(?:设立|注资|注入|投入)[^，。；□]{0,8}?基金(?!会)[^，。；□]{0,2}$");
    /**
     * 每户可增加收入3000余元, 年纯收入可达50万元, 村集体收入总额为8万元: an income, an income's total or an output gain
     * right before the sum is no money moved by anyone, even per household (not 低收入, 慈善收入: money raised).
     */
    private static final ScreenedPattern INCOME_BEFORE = ScreenedPattern.compile(
            "(?:创收|增收|(?<!慈善|公益|捐赠|捐款|善款|资金|现金|低)收入|产值|营业额|销售额|利润)(?:总额|总和)?(?:可以|可|能|将)?"
                    + "(?:达到|达|为|约|共|近|超过|逾|了)?$");
    /** 每月从合作社得到900元的收入: an income named right after the sum is no money moved either. */
    private static final ScreenedPattern INCOME_AFTER = ScreenedPattern.compile("^的?(?:纯|净|年)?收入");
    /** A charity's accounts (捐赠收入, 慈善收入) in the sentence: its other incomes are money it took in too. */
    private static final ScreenedPattern CHARITY_ACCOUNTS = ScreenedPattern.compile("(?:捐赠|慈善|捐款|善款|公益)收入");
    /**
     * 较上年增加1137.88万元, 比去年同期增长30万元: the change of a sum against another time is a difference, no money
     * moved by anyone.
     */
    private static final ScreenedPattern CHANGE_BEFORE = ScreenedPattern.compile(
            "(?:较|比|同比|环比)[^，。；□]{0,10}?(?:增加|增长|减少|下降|提高|提升|多|少)了?(?:约|近|超过)?$");
    private static final Pattern SALARY = Pattern.compile("待遇|工资|薪酬|薪资|月薪|年薪|报酬|津贴|补贴|薪金");
    /** 发放工作补贴，标准为每人每月300至500元: a rate after pay was named earlier in the sentence. */
    private static final ScreenedPattern PAY_RATE = ScreenedPattern.compile("每月|月均|每年|标准");
    private static final ScreenedPattern PER_PERSON_BEFORE = ScreenedPattern.compile(
            "每人|人均|每名|每位|每户|每个|每生|每名学生|资助上限(?:分别)?(?:为|是)?|(?:单笔|每笔)(?![^，。；]{0,4}(?:最高|最大|最多))|救助标准|资助标准|补助标准|标准为|(?:获得|领取|领到|享受)一次性"
                    // 为孩子们送上牛奶和慰问金各200元: each receiver got the sum
                    + "|(?:为|给|向)[^，。；]{1,20}?各(?:约|为)?$"
                    // 35名女孩各获得1000元: each of them got the sum
                    + "|各(?:获得|得到|领到|领取|获)了?(?:一次性)?$"
                    // 其中12户各贷款3万元, 两家企业各捐赠1万元: each of them borrowed or gave the sum
                    + "|各(?:贷款|贷|捐赠|捐款|捐助|捐出|捐|资助|奖励|补助|发放|出资)了?$"
                    // 获得救助金各1万元, 送去“某专项基金”各一万元: the money named, then each one's share
                    + "|(?:金|款|资金|经费|[□”」』\"])各(?:约|为)?$"
                    // 各送去救助金1万元: each of them was brought the sum (the money named between)
                    + "|各(?:送去|送上|送出|送给|送来|发放|发给|颁发)了?[^，。；□0-9]{0,8}?(?:金|款|资金|经费)?$"
                    // 为甲、乙分别送去1万元: each receiver got the sum (not 分别募集 5万元和3万元)
                    // 41名代表分别收到1万元: each receiver got the sum too
                    + "|分别(?:能|可|可以)?(?:获得|得到|领到|领取|收到|拿到|接过|获|送去|送上|送出|发放|给予|奖励|把|将)"
                    // 户均2万元: an average per household, no money moved
                    + "|户均");
    /** 最高可获5万元补助, 救助金最高为2万元: a cap per grant, no money moved. */
    private static final ScreenedPattern CAP_PER_GRANT = ScreenedPattern.compile(
            "(?:最高|最多)(?:可以|可|能)?(?:获得|获|得到|申请|补助|资助|救助|奖励|给予|享受|领取|发放|支持)?(?:到|达|为)?$");
    /**
     * 单户贷款额度最高为6万元, 最高可获20万元贷款, 给予最高25万元的贷款, 单笔最高可贷5万元, and a cap raised (单户额度由最高
     * 5万元提升至8万元): what one borrower may get is a rate, as a cap per grant is, not money lent.
     */
    private static final Pattern LOAN_CAP = Pattern.compile(
            "(?:最高|最多|上限)(?:分别)?(?:可以|可|能)?(?:获得?|得到|贷款?|申请|给予|享受|发放|提供)?(?:到|达|为|是)?(?:人民币)?$"
                    + "|(?:最高|最多|上限)[^，。；□]{0,16}?(?:提高|提升|上调|调高|增加|增至)(?:至|到|为)?$");
    private static final String NUMERAL = "[0-9.一二两三四五六七八九十百千万○〇零]+";
    /**
     * 得奖大学生将获奖学金1000元, 获奖者可获奖金500元: what a class of recipients (…生, …者, …人, …员, …户) will or may
     * get (将/可/均 before the getting verb) is each one's standard, not a total handed out.
     */
    private static final ScreenedPattern CLASS_ENTITLED = ScreenedPattern.compile(
            "(?:生|者|人|员|户)(?:将|可|可以|均|都)(?:获得?|得到|领取|领到)(?:[^，。；□0-9、]{0,6})$");
    /** …将获奖学金1000元、中学生750元、小学生500元: the further classes of the list get their own standards. */
    private static final ScreenedPattern CLASS_ENTITLED_LIST = ScreenedPattern.compile(
            "(?:生|者|人|员|户)(?:将|可|可以|均|都)(?:获得?|得到|领取|领到)[^，。；□0-9、]{0,6}?" + NUMERAL + "元"
                    + "(?:、[^，。；□0-9、]{1,6}?" + NUMERAL + "元)*、[^，。；□0-9、]{1,6}$");
    /**
     * 将某委员会的年度拨款由400万元增加至1000万元, 在财政预算案中增拨1亿元: an appropriation's yearly level or a budget
     * bill named earlier in the sentence makes its sums the plan's (not 2023年度拨款: a past year's).
     */
    private static final ScreenedPattern APPROPRIATION = ScreenedPattern.compile(
            "(?<![0-9一二三四五六七八九十○〇零])年度(?:拨款|预算)|预算案");
    /**
     * 财政厅积极筹措1.4亿元, 市财政为中心筹措设备购置经费300万元: money a finance department finds (筹措, 落实, 统筹)
     * comes from public funds: allocated, whatever the words naming it (购置经费).
     */
    private static final ScreenedPattern FINANCE_FINDS = ScreenedPattern.compile(
            "财政(?:厅|局|部|委|所)?[^。；!！]{0,40}?(?:筹措|筹集|落实|统筹)[^，。；□0-9]{0,12}$");
    /**
     * 已争取到全国妇联某救助公益金38万元、省妇联救助金28万元: money a body secured from a higher level, whatever aid
     * words its name holds (not 争取社会捐赠: money raised).
     */
    private static final ScreenedPattern SECURED = ScreenedPattern.compile(
            "(?:争取到|争取了|积极争取|申请到|获批)(?![^，。；]{0,8}(?:捐|善款|募))[^，。；]{0,60}$");
    /**
     * 某地获农业部3000万元初加工补助资金 (a headline or a related link): money a place or body got from a ministry or
     * department, the grant named after the sum, is allocated.
     */
    private static final ScreenedPattern GOT_FROM_DEPARTMENT = ScreenedPattern.compile(
            "获得?了?(?:国家|中央|省|市|县|自治区)?[^，。；□0-9]{0,6}?(?:部|厅|局|财政)$");
    private static final ScreenedPattern GRANT_AFTER = ScreenedPattern.compile("^[^，。；]{0,16}?(?:资金|经费|补助|补贴|拨款)");
    /** 每到一个家庭，妇联都为她们送去500元的慰问金: what every visit brought (每到一…都) is each one's share. */
    private static final ScreenedPattern EACH_VISIT = ScreenedPattern.compile(
            "每(?:到|走访|去)一(?:个|户|家|处|位|名)[^。；!！]{0,30}?都[^，。；□0-9]{0,16}$");
    /**
     * 保额, 保险金额, 保障总额 right before the sum, or 保额 right after it (捐赠了50万元保额的某保险), name an insurance's
     * cover, whatever verb stands before (not 保费: money paid).
     */
    private static final ScreenedPattern COVER_BEFORE = ScreenedPattern.compile(
            "(?:保额|保险金额|保障金额|保障总额|保险总额)(?:总计|合计|共计|共|达到|达|为|约)*$");
    private static final ScreenedPattern COVER_AFTER = ScreenedPattern.compile("^的?(?:保额|保障额度|保险金额)");
    /** 办理了5万元的意外伤害保险: the cover of an insurance is no money moved (not 保险金, 保费: money paid). */
    private static final ScreenedPattern INSURED_AFTER = ScreenedPattern.compile(
            "^的?(?:(?!用于|用作|购|买|投保|为|给)[^，。；□0-9]){0,8}?(?:保险|险)(?![金费公])");
    /**
     * 某基金会向自治区妇联发放…项目款物，总价值3098万元: what a foundation hands to a body (not to people) is its gift.
     */
    private static final ScreenedPattern FOUNDATION_TO_BODY = ScreenedPattern.compile(
            "基金会(?:向|为|给)[^，。；;,]{0,16}?(?:妇联|妇女联合会|妇儿工委|委员会|协会|学校|医院|中心)[^，。；;,]{0,4}?"
                    + "(?:发放|颁发|拨付|送去|送上|交付)[^。；;]{0,40}$");
    /** A division by its name (平川市, 石门县; not 灾区, 社区, 山区, 全市: no level of the state). */
    private static final String PLACE = "(?<![灾社山牧园景校城农该全本各])[县市区州盟旗乡镇]";
    private static final String BODY = "(?:妇联|妇女联合会|政府|学校|小学|中学|大学|学院|幼儿园|医院|福利院|敬老院|养老院"
            + "|基金会|慈善总会|慈善会|红十字会|" + PLACE + ")";
    private static final String GIVING = "(?:捐赠|捐助|捐款|捐出|捐资|捐|送去|送上|送来|送出|送交|发放|颁发|拨付|下拨|划拨|拨款|提供)";
    /**
     * The body a gift goes to, named after 向/为/给 right before the giving verb (向某小学捐赠, 为该校送上, 向市妇联捐赠
     * “某专项基金”): money handed to a body, not to people.
     */
    private static final Pattern TO_BODY = Pattern.compile(
            "(?:向|为|给)[^，。；□]{0,14}?" + BODY + GIVING + "了?[^，。；0-9]{0,16}$");
    /** The receiving body is a federation or a place's government (a level of the state): 向市妇联, 向自治区, 给县里. */
    private static final Pattern TO_PUBLIC_BODY = Pattern.compile(
            "(?:向|为|给)[^，。；□]{0,14}?(?:妇联|妇女联合会|政府|" + PLACE + ")" + GIVING);
    /** Bodies named after 向/为/给: receivers, not givers. */
    private static final Pattern RECEIVER = Pattern.compile("(?:向|为|给)[^，。；□]{0,14}?" + BODY);
    /** The giver: the last body named before the receiver, outside the receivers' phrases. */
    private static final Pattern GIVER = Pattern.compile(
            "(?s).*(妇联|妇女联合会|政府|财政|民政|妇儿工委|公司|企业|集团|商会|协会|基金会|慈善总会|慈善会|红十字会|银行|医院|学校|爱心人士|个人|企业家|志愿者)");
    private static final Set<String> PUBLIC_GIVERS = Set.of("妇联", "妇女联合会", "政府", "财政", "民政", "妇儿工委");
    /** 区政府财政出资30万元: money a government or its finance puts up is public money allocated, not a gift. */
    private static final ScreenedPattern PUBLIC_PUTS_UP = ScreenedPattern.compile(
            "(?:政府|财政)(?:局|厅|部)?[^，。；□0-9]{0,2}?(?:出资|捐资|捐赠|捐助)了?[^，。；□0-9]{0,6}$");

    /** 决定提拨七成约280亿元做公益: a decision to set money aside for charity is a gift promised. */
    private static final ScreenedPattern DECIDED_TO_GIVE = ScreenedPattern.compile(
            "(?:决定|(?<![解判否表])决|承诺|许诺)(?:提拨|提取|拿出|拨出|捐出)[^，。；□]{0,8}$");
    private static final ScreenedPattern FOR_CHARITY_AFTER = ScreenedPattern.compile("^[^，。；]{0,6}?(?:公益|慈善|捐)");
    /** 项目款物，总价值3098万元: the value of money and goods together is no goods' value alone. */
    private static final ScreenedPattern MONEY_AND_GOODS_BEFORE = ScreenedPattern.compile("(?:款物|钱物|财物)[，,]$");

    /**
     * /人 after the sum, the price of one person's aid (捐助500元资助1名小学生一年学习, 300元即可救助一名女童), or a range
     * that varies (不等) from one receiver to the next.
     */
    private static final ScreenedPattern PER_PERSON_AFTER = ScreenedPattern.compile(
            "^[ \u3000]*(?:/|每)[ \u3000]*(?:人|名|户|生)|^(?:即可|就可|便可|可以|可|就能|能)?(?:资助|救助|帮助|帮扶|圆)(?:1|一)(?:名|个|位|户)"
                    // 资助金额由500元到2000元不等: a range that varies from one receiver to the next
                    + "|^不等");
    /**
     * A plan, not money moved: 预算 (not 从预算中划拨: money set aside from it), 每年将拿出, 拟分三批投入, 今年计划募集,
     * 资金总额度, 预计8万元 (not 额度达: an amount reached); not the 计划 of a programme's name (为春蕾计划筹集资金).
     */
    private static final Pattern BUDGET = Pattern.compile(
            "预算(?![中里内])|额度(?![达超突])|预计$|(?:每年|每年度|年均)将?(?:拿出|安排|列支)|将(?:拿出|安排|列支)"
                    + "|(?:预计|(?<=^|[，。；、年月度将还并也再又预])计划|拟|准备)[^，。；□]{0,4}?(?:安排|投入|拿出|列支|使用|筹(?![备建办划])|募集)");
    /**
     * A plan opening the sentence carries to its later clauses (计划资助1230名女童，资助总金额为276万元，每年86万元):
     * their sums are the plan's, unless the text says something was done by then (已, 了, 累计).
     */
    private static final Pattern PLAN_EARLIER = Pattern.compile(
            "(?:(?<=^|[,，。;；、年月度将还并也再又])计划|拟|准备)[^,，。;；□]{0,3}?(?:资助|救助|投入|安排|拿出|列支|支出|发放|募集|筹(?![备建办划])|使用)"
                    // 今年将深化某项目，投入资金300万元: the work the year will do
                    + "|将(?:继续|深化|深入|加大|进一步|着力|重点|启动|实施|开展|推进)");
    private static final Pattern DONE_BY_THEN = Pattern.compile("已|了|累计|目前|去年|共");
    /**
     * A target the sum is to reach (将不低于8亿元, 确保全年投放总额不低于8亿元, 力争突破1亿元, 目标金额为1000万元): a plan,
     * of a loan too; not what was reached (已达到, 累计达).
     */
    private static final ScreenedPattern TARGET = ScreenedPattern.compile(
            "(?:将(?![近其这该此所剩])|确保|力争|(?:预期|筹款|募捐|募集|年度)?目标)[^，。；□已了]{0,14}?(?:不低于|不少于|达到|达|超过|突破|实现)(?:人民币)?$"
                    + "|目标(?:金额|资金|额)?(?:为|是)?(?:人民币)?$");
    /** 总数将不低于8亿元, 确保总额不低于8亿元: the bound written as part of the sum ({@link #BOUND_LEAD}). */
    private static final ScreenedPattern TARGET_BEFORE_BOUND = ScreenedPattern.compile(
            "(?:将(?![近其这该此所剩])|确保|力争|目标)[^，。；□已了]{0,14}?$");
    /** A bound written as part of the sum (不低于8亿元): read with the words before it. */
    private static final Pattern BOUND_LEAD = Pattern.compile("^(?:不低于|不少于|超过|突破|达到)");
    /** 计划在接下来的3年内, 拟在未来五年: a plan over the years ahead opening the sentence. */
    private static final Pattern YEARS_AHEAD = Pattern.compile("(?:计划|拟|将|准备)在?(?:接下来|未来|今后)");
    /**
     * A term of years still to come, wherever it stands before the sum in its sentence (未来3年, 今后五年内, 在接下来的
     * 两年里, 该项目将连续三年实施): the sums it governs are a plan, or a gift promised; not once something is said done
     * since (已, 了). A total over those years (累计, 共) totals the plan.
     */
    private static final Pattern TERM_AHEAD = Pattern.compile(
            "(?:未来|今后|接下来|此后)的?[0-9一二两三四五六七八九十]+(?:个)?年"
                    + "|将(?:在[^，。；□]{0,6}?)?连续[0-9一二两三四五六七八九十]+年");
    private static final Pattern DONE_SINCE = Pattern.compile("已|了");
    /**
     * 获得救助资金259万元, 在州妇联支持下获得修建项目10万元: a body obtaining a grant or project money is money allocated
     * to it; not a gift (获得企业捐赠资金, 获得某基金会项目资金: a giver named) nor a person's aid.
     */
    private static final ScreenedPattern OBTAINED_GRANT = ScreenedPattern.compile(
            "(?:获得|得到|获批)(?![^,，。;；]*(?:捐|基金会|公司|企业|集团|商会))[^,，。;；]{0,20}?(?:资金|经费|项目|专项|款项|公益金)[^,，。;；□]{0,3}$");
    /** 获得国家奖励的, 得到中央财政的: money a body got from the state or a higher level. */
    private static final ScreenedPattern STATE_GRANT = ScreenedPattern.compile(
            "(?:获得|得到|获批)了?(?:国家|中央|上级|省级?|财政)[^,，。;；□]{0,6}?的$");
    /** 患者可申请3000元的救助金: what each one may apply for is a standard (with a person's aid named after the sum). */
    private static final ScreenedPattern ENTITLED = ScreenedPattern.compile("可(?:以)?(?:申请|申领|领取|享受|获得|得到)(?:到)?$");
    /** 入选项目可获得3万至5万元的资金支持, 可获得5万元以内的经费资助: the support each one may get, as its aid named after the sum. */
    private static final ScreenedPattern SUPPORT_AFTER = ScreenedPattern.compile("^(?:以内|以下|之内)?的?(?:经费|资金)?(?:资金支持|支持|资助|补助|奖励)");
    /** 获得…公益金1.2万元救助金: money named after the sum as a person's aid is what the receiver was given. */
    private static final ScreenedPattern PERSONAL_AID_AFTER = ScreenedPattern.compile("^的?(?:救助金|助学金|慰问金|奖学金|奖金|补助金)");
    /**
     * A future or target verb right before the sum (将再次投入, 首批将投入, 每年还将注入, 将为124名儿童发放, 预计首批向灾区投入, 力争全年发放):
     * a plan, of a loan too; not 将 of 将近 or of 将8万元送到 (the sum itself after 将), nor 将募集到的善款.
     */
    private static final ScreenedPattern PLANNED = ScreenedPattern.compile("(?:将(?![近其这该此所剩])|预计|力争)[^，。；□]{0,16}?"
            + "(?:投入|注入|安排|拿出|列支|发放|拨付|拨出|划拨|下拨|提供|募集|筹集)[^，。；□的到]{0,3}$"
            // English: is estimated to offer, plans to provide, will allocate
            + "|(?:will|plans? to|planned to|is estimated to|are estimated to|aims? to|is expected to) [a-z]+ (?:[a-z]+ )?$");
    /**
     * 生活救助金由每年600元提高至1000元, 一次性救助由3000元提高到4000元: both ends of a standard being raised are rates
     * (the sum right after 由/从, or right after 提高至 with 由/从 before it in the clause).
     */
    private static final ScreenedPattern RAISED_FROM = ScreenedPattern.compile("(?:由|从)(?:过去的?|原来的?|原)?(?:每人|每年|每月|每户|每生)?$");
    private static final ScreenedPattern RAISED_TO_AFTER = ScreenedPattern.compile("^(?:/人|/年)?(?:提高|提升|上调|调高|增加|增至|提)(?:至|到|为)");
    private static final ScreenedPattern RAISED_TO = ScreenedPattern.compile(
            "(?:由|从)[^，。；□]{0,12}?(?:提高|提升|上调|调高|增加)(?:至|到|为)(?:每人|每年|每月|每户|每生)?$");
    /**
     * 将捐出160亿元, 承诺捐资: a gift promised, not yet made (not 将近, 将其; not 决定捐出, which golds read as the gift
     * made).
     */
    private static final ScreenedPattern PLEDGE = ScreenedPattern.compile(
            "(?:将(?![近其这该此所剩])|承诺|表示愿意)[^，。；□]{0,16}?(?:捐赠|捐出|捐款|捐资|捐献|捐助|捐)[^，。；□的到了]{0,3}$");
    private static final Pattern DONE = Pattern.compile("已|了|累计");
    /** A decision or promise to give earlier in the sentence, nothing said done since, not made on the spot. */
    private static final ScreenedPattern DECIDED = ScreenedPattern.compile(
            "(?<!当场|现场|当即|随即|立即|会上)(?:决定|承诺|许诺)[^。；!！已了]{0,40}$");
    /** 今年拟发放妇女创业贷款500万元, 明年将投放创业贷款2亿元: a loan planned (the loan named between the verb and the sum). */
    private static final ScreenedPattern LOAN_PLANNED = ScreenedPattern.compile(
            "(?:拟|预计|力争|(?<!已)将(?![近其这该此所剩])|(?<=^|[，。；、年月度将还并也再又预])计划)[^，。；□]{0,8}?(?:发放|投放|提供|安排)[^，。；□的到了已]{0,12}$");
    /**
     * 此项目为期5年，每年资助8万元: the yearly sum of a project running over years to come is a plan (not once something
     * is said done: 已, 了, 累计).
     */
    private static final ScreenedPattern TERM = ScreenedPattern.compile("为期[0-9一二两三四五六七八九十]+年");
    private static final ScreenedPattern YEARLY_BEFORE = ScreenedPattern.compile("^(?:每年|每年度|年均)[^，。；□0-9]{0,4}$");
    /**
     * 治病先后花费8万余元, 花费治疗费10余万元: what a family paid for an illness is its own cost, no funding moved.
     */
    private static final ScreenedPattern MEDICAL_COST = ScreenedPattern.compile(
            "(?:治病|治疗|看病|就医|医疗|医药|住院|手术)[^，。；□]{0,8}?(?:花费|花去|花了|花掉|用去|支付|负债|欠债|欠下)[^，。；□]{0,6}$"
                    + "|(?:花费|花去|花了|花掉|用去)了?(?:治疗费|医疗费|医药费|手术费|住院费)(?:用)?(?:共|达|约)?$");
    /** 5户妇女以联保方式每人申请了3000元贷款: what each borrower took, a loan (人均贷款额 stays a rate). */
    private static final ScreenedPattern EACH_BORROWED = ScreenedPattern.compile("每(?:人|户)(?:都|均)?(?:申请|获得|得到|贷)(?:了|到)+$");
    /**
     * 获得/收到/拿到/分享/从…手中接过…救助, 助学金, 慰问金: the receiver's side of money disbursed; so is a bare 获 (9名母亲获
     * 救助金8万元; not 荣获, 获悉, 获评, 获批).
     */
    private static final ScreenedPattern RECEIVED = ScreenedPattern.compile(
            "(?:获得|得到|收到|领到|拿到|领取|接过|受助|享受|分享|(?<![荣捕查斩])获(?![悉评批准奖得]))[^，。；]{0,30}$");
    /** A count of people (not 人次 of donors) receiving what the clause goes on to name. */
    private static final ScreenedPattern PEOPLE_RECEIVING = ScreenedPattern.compile(
            "[0-9一二两三四五六七八九十百千万]+(?:余|多)?(?:名|位|户)[^，。；]{0,16}?(?:接受|收到|获得|得到|领到|领取)[^，。；]{0,60}$");
    private static final ScreenedPattern AID = ScreenedPattern.compile("救助|资助|补助|帮扶|受助|助学|奖|慰问|理赔|赔付");
    /** A clause that only totals (，共计12万元): what was done is said in the clause before. */
    private static final Pattern TOTAL_ONLY = Pattern.compile("(?:共计|总计|合计|共|计)(?:为|达到|达)?");
    /** 县妇联还收到…捐赠的助学金5000元: a body that received aid money raised it for others. */
    private static final ScreenedPattern BODY_RECEIVES = ScreenedPattern.compile(
            "(?:妇联|基金会|协会|商会|委员会|中心|专户|账户|帐户)(?:(?!帮助|支持|关心|协调|她|他)[^,，。;；]){0,24}?(?:收到|接收|接受)");

    /**
     * A running total in the sum's own clause: 累计发放, 历年, and the total of a year's acts (年度合计捐赠, 全年共发放: a
     * running total within the year, as 今年以来).
     */
    /** 先后来到甲小学、乙小学, 先后赴…慰问: visits one after another on one outing, no period whose sums add up. */
    private static final String NOT_A_ROUND_OF_VISITS = "(?!来到|赶赴|前往|深入|走访|到|赴|奔赴|看望|探望|慰问)";
    private static final ScreenedPattern TOTAL_EVER = ScreenedPattern.compile("累计|累积|历年|先后" + NOT_A_ROUND_OF_VISITS
            + "|多年来|(?:年度|全年|本年度?)(?:合计|共计|总计|共)");
    /** 累计2200名爱心人士参与捐赠: 累计 counting people, not the sums after it. */
    private static final String NOT_A_HEADCOUNT = "(?![0-9一二两三四五六七八九十百千万]+(?:余|多)?(?:名|人|位|户))";
    /** 自举办以来的最好成绩, 十年来首次: a record over the period, not a running total of it. */
    private static final String NOT_A_RECORD = "(?!的?(?:最|首次|第一))";
    /**
     * A period that makes the sums after it in its sentence running totals: 2012—2022, 连续两年, 十年来, 几个月来, 近年来,
     * 从2011年…至今, 近几年, 今年以来, 截至目前, 截至6月底, 目前…共, 成立30年, a headline's 二十年筹.
     */
    private static final Pattern PERIOD = Pattern.compile(
            "(?<![0-9])(?:19|20)\\d{2}年?\\s*(?:-|—|–|~|～|至|到)+\\s*(?:19|20)\\d{2}(?![0-9.]|元|万)|连续[0-9一二两三四五六七八九十几]+年|过去的?[0-9一二两三四五六七八九十几]+年|[0-9一二两三四五六七八九十几多]+(?:年|个月)(?:来|以来|间)" + NOT_A_RECORD
                    // 从2013年起, 从2015年开始: since that year
                    + "|(?:从|自)\\d{4}年(?:\\d{1,2}月)?(?:起|开始)"
                    + "|近年来|近[0-9一二两三四五六七八九十几]+年|多年来|历年|(?:累计|累积)" + NOT_A_HEADCOUNT + "|先后" + NOT_A_ROUND_OF_VISITS + "|至今|迄今|以来" + NOT_A_RECORD + "|截至|截止"
                    + "|目前(?=[^。；]{0,15}?(?:共|累计))"
                    // 目前已捐助, 目前，已有3028人投保: what was done up to now (not a plan's progress so far:
                    // 计划资助300名，目前已发放20万元 is the plan's act)
                    + "|(?<!(?:计划|拟)[^。；]{0,30})目前(?=[^。；]{0,15}?已)"
                    // 今年前8个月, 今年上半年: a running total within the year, as 今年以来
                    + "|(?<![0-9])前[0-9一二两三四五六七八九十]+个月|上半年|前三季度"
                    // English pages: Since 2011, over the past decade, by the end of September 2012, as of June
                    + "|(?:[Ss]ince (?:19|20)[0-9]{2}|over the past|in the past [a-z]+ (?:years|decades)|so far|to date"
                    + "|cumulative|by the end of|as of|in the first [a-z]+ months)(?![a-z])"
                    // not 纪念…成立30周年 (an anniversary's occasion)
                    + "|(?<!(?:纪念|庆祝)[^，。；]{0,12})(?:成立|实施|开展|启动|创办|创建)[0-9一二两三四五六七八九十]+(?:周年|年)"
                    // 五年发放…: a count of years; not one year (补助每人一年, 一年后: no years to add up), a point
                    // before or after now (三年前, 两年后) nor a school's length (九年制学校)
                    + "|(?<![0-9第每当今去明前同〇○零这那一二两三四五六七八九十])(?!一年)[一二两三四五六七八九十]+年(?![级度底初末前后制])"
                    // 6年发放贷款近3.2亿元, 3年保费共40万元: a count of years in figures (not 2016年, 19年3月)
                    + "|" + TimeExpressions.YEARS_IN_FIGURES);
    private static final Pattern YEARS_ALONE = Pattern.compile(TimeExpressions.YEARS_IN_FIGURES);
    /** Where a period can start: read before every sum, and tried there only. */
    private static final FirstCharacters PERIOD_STARTS = FirstCharacters.of(PERIOD.pattern());
    /**
     * A single year or occasion after the period (2019年, 今年, 此次, 同场, 短短三天, 第5期, 首笔), or a yearly rate (2015年以来每年
     * 争取1000万元): the sum is that year's or that event's, not the total.
     */
    private static final Pattern ONE_OCCASION = Pattern.compile(
            "(?<![0-9])\\d{4}年(?!以来|来|起|至今)|今年(?!以来)|去年|全年|本次|此次|当天|当日|现场|同场|会上|仪式上"
                    + "|[0-9一二两三四五六七八九十几]+(?:天|日|个?小时)(?:内|里|时间)?(?:的时间)?"
                    + "|每年|每月|年均|每季度"
                    // 其中第5期项目资金为3094万元: one phase, batch or edition of the total
                    + "|第[0-9一二两三四五六七八九十]+(?:期|批|届|轮|笔)"
                    // 累计逾1400万元，首笔270万元已汇往…: the first instalment of the total, not the total
                    + "|首(?:笔|批|期)");
    /** A cap (最高为10万元, 最高可获30万元贷款, 不超过2万元) is a limit, not money that added up. */
    private static final ScreenedPattern CAP = ScreenedPattern.compile("(?:最高|最多|上限|不超过|不高于)[^，。；]{0,4}$"
            // a stock at one moment (总资产381亿元, 基金余额): no total over a period
            + "|(?:资产|余额|结余)[^，。；0-9]{0,4}$");
    /** Rates and plans are never running totals. */
    private static final Set<FundingRole> NEVER_CUMULATIVE = EnumSet.of(FundingRole.PER_PERSON, FundingRole.SALARY,
            FundingRole.BUDGET, FundingRole.PLEDGED);

    /** A verb cue; {@code starts} are the characters its matches start with (null: any), to skip the many clauses
     * where it cannot occur without trying its pattern at each position. */
    private record Cue(FundingRole role, Pattern words, FirstCharacters starts) {
        int firstCandidate(String text) {
            return starts == null ? 0 : starts.firstCandidate(text);
        }
    }

    /** How far (characters) a verb reaches over the words naming the money it acts on. */
    private static final int ACTED_ON_WITHIN = 12;

    /** Verbs read by proximity (lexicon/funding-verbs.tsv, in its order). */
    private static final List<Cue> VERBS = verbs();
    /** 募集社会捐款, 共收到捐款, 接受社会捐赠: after a raising or receiving verb, 捐款/捐赠 name what was raised. */
    private static final ScreenedPattern RAISING_BEFORE = ScreenedPattern.compile(
            "(?:募集|筹集|劝募|募|筹|收到|接受|接收)[^，。；]{0,8}$");
    /**
     * 募集到…爱心人士的捐赠资金, 接受某公司捐赠的善款: after a raising or receiving verb in the clause, 的捐赠 and 捐赠的
     * name the money.
     */
    private static final ScreenedPattern RAISING_IN_CLAUSE = ScreenedPattern.compile("(?:募集|筹集|劝募|募|筹|收到|接受|接收)[^，。；]*$");

    private static List<Cue> verbs() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : ResourceLines.read(MoneyRoles.class, VERB_TABLE)) {
            cues.add(new Cue(FundingRole.fromCode(row[0]), Pattern.compile(row[1]), FirstCharacters.of(row[1])));
        }
        return List.copyOf(cues);
    }

    /**
     * The role of the sum at [start, end) of {@code sentence}.
     *
     * @param sentence the sentence text with quotes masked ({@link Clause#maskQuotes})
     */
    public FundingRole classify(String sentence, int start, int end) {
        return classify(sentence, start, end, verb(sentence, start, end));
    }

    /** {@link #classify(String, int, int)} given the sum's {@link #verb}, which its finder reads once for all uses. */
    FundingRole classify(String sentence, int start, int end, FundingRole verb) {
        Clause clause = Clause.around(sentence, start, end);
        String before = sentence.substring(clause.start(), start);
        String after = sentence.substring(end, clause.end());
        String sentenceBefore = sentence.substring(0, start);

        if (GOODS_BEFORE.find(before) && !MONEY_AND_GOODS_VALUED.matcher(before).find()
                && !MONEY_AND_GOODS_BEFORE.find(sentence.substring(Math.max(0, clause.start() - 3), clause.start()))) {
            return FundingRole.VALUE_OF_GOODS; // 每个价值300元
        }
        if (INSURED_AFTER.find(after) || COVER_BEFORE.find(before) || COVER_AFTER.find(after)) {
            return FundingRole.OTHER; // 5万元的意外伤害保险, 捐赠意外保险保额80万元: a cover
        }
        if (CHANGE_BEFORE.find(before)) return FundingRole.OTHER; // 较上年增加1137.88万元: a difference
        if (INCOME_BEFORE.find(before) && !before.contains("人均")) {
            // 全年收入7248万元，其中捐赠收入…，其他收入88万元: in a charity's accounts every income is money it took in
            if (CHARITY_ACCOUNTS.find(sentence)) return FundingRole.RAISED;
            return FundingRole.OTHER; // 每户可增加收入3000余元: no money moved (人均增收 is an average: per person)
        }
        if (INCOME_AFTER.find(after)) return FundingRole.OTHER; // 每月可获得900元的收入: earnings, not aid
        boolean target = TARGET.find(before)
                || BOUND_LEAD.matcher(sentence.substring(start, end)).find() && TARGET_BEFORE_BOUND.find(before);
        boolean perPerson = PER_PERSON_BEFORE.find(before) || PER_PERSON_AFTER.find(after)
                || ENTITLED.find(before)
                && (PERSONAL_AID_AFTER.find(after) || SUPPORT_AFTER.find(after))
                || CLASS_ENTITLED.find(before) || CLASS_ENTITLED_LIST.find(before)
                || EACH_VISIT.find(sentenceBefore);
        if (LOAN.matcher(before).find() || LOAN_AFTER.find(after) || namesLoanEarlier(sentence, clause, start)) {
            if (perPerson && !EACH_BORROWED.find(before) || LOAN_CAP.matcher(before).find()) {
                return FundingRole.PER_PERSON; // 人均贷款额4.74万元, 单户贷款最高为6万元: a rate
            }
            // 力争全年发放10亿元贷款, 今年拟发放创业贷款500万元: a planned loan is a budget
            return PLANNED.find(before) || LOAN_PLANNED.find(before) || target
                    ? FundingRole.BUDGET : FundingRole.LOAN;
        }
        if (FUND_SIZE.matcher(before).find()
                || FUND_SET_UP.find(before) && FUND_AFTER.find(after)
                || FUND_SET_UP_BEFORE.find(before)) {
            return FundingRole.FUND_SIZE;
        }
        if (SALARY.matcher(before).find()
                || PAY_RATE.find(before) && SALARY.matcher(sentenceBefore).find()) {
            return FundingRole.SALARY;
        }
        boolean termAhead = termAhead(sentence, clause, start);
        // 未来3年由400万元增加至1000万元: an appropriation raised over the years ahead is a plan, not a standard per person
        if (perPerson || raisedStandard(before, after) && !termAhead || CAP_PER_GRANT.find(before)) {
            return FundingRole.PER_PERSON;
        }
        if (GOODS_AFTER.find(after)
                || GOODS_LIST_VALUED.matcher(sentence.substring(end, Math.min(sentence.length(), clause.end() + 6))).find()) {
            return FundingRole.VALUE_OF_GOODS;
        }
        if (MEDICAL_COST.find(before)) return FundingRole.OTHER; // 治病花费8万元: a family's own cost
        if (DECIDED_TO_GIVE.find(before) && FOR_CHARITY_AFTER.find(after)) return FundingRole.PLEDGED;
        if (FINANCE_FINDS.find(sentenceBefore) || SECURED.find(before)
                || GOT_FROM_DEPARTMENT.find(before) && GRANT_AFTER.find(after)) {
            return FundingRole.ALLOCATED;
        }
        if (BUDGET.matcher(before).find() || PLANNED.find(before) || target
                || plannedEarlier(sentence, clause, start)
                || APPROPRIATION.find(sentenceBefore) && !DONE_BY_THEN.matcher(sentenceBefore).find()
                || YEARLY_BEFORE.find(before) && TERM.find(sentenceBefore)
                && !DONE_BY_THEN.matcher(sentenceBefore).find()) {
            return FundingRole.BUDGET;
        }
        FundingRole role = verb;
        if (termAhead && role != FundingRole.LOAN) return role == FundingRole.DONATED ? FundingRole.PLEDGED : FundingRole.BUDGET;
        if (role == FundingRole.DISBURSED && FOUNDATION_TO_BODY.find(sentenceBefore)) return FundingRole.DONATED;
        FundingRole direction = direction(role, sentence, clause, before);
        if (direction != null) return direction;
        if (role == FundingRole.DONATED && PLEDGE.find(before)) return FundingRole.PLEDGED;
        // 并决定从总资产中提取七成，共280亿元捐作公益: a gift decided or promised, not yet made (当场决定捐出 is made there)
        if (role == FundingRole.DONATED && DECIDED.find(sentenceBefore)) return FundingRole.PLEDGED;
        if ((role == FundingRole.DONATED || role == FundingRole.DISBURSED) && STATE_GRANT.find(before)
                && !PERSONAL_AID_AFTER.find(after)
                && !FundingParties.PERSON_SUBJECT.matcher(sentenceBefore).find()) {
            return FundingRole.ALLOCATED; // 今年还获得国家奖励的60万元救助资金: money from the state or a higher level
        }
        if (role == FundingRole.DONATED && OBTAINED_GRANT.find(before)
                && !PERSONAL_AID_AFTER.find(after)
                && !FundingParties.PERSON_SUBJECT.matcher(sentenceBefore).find()) {
            return FundingRole.ALLOCATED;
        }
        if (role == FundingRole.DONATED && GIFT_TAKEN_IN.find(before) && GIFT_AFTER.matcher(after).find()
                && !PEOPLE_BEFORE.find(before)
                && !FundingParties.PERSON_SUBJECT.matcher(sentenceBefore).find()) {
            return FundingRole.RAISED; // “某行动”获1000万元专项捐款: the gift a campaign or body took in
        }
        // 分别获得1.2万元的慰问金，共计12万元; 将贴息发放到78名妇女手中，共计7.6万元: a clause that only totals is read
        // with the clause before it, whose act it sums
        int scopeStart = clause.start();
        String receiving = before;
        if (TOTAL_ONLY.matcher(before).matches() && clause.start() > 0 && ",，".indexOf(sentence.charAt(clause.start() - 1)) >= 0) {
            scopeStart = Clause.around(sentence, clause.start() - 1, clause.start() - 1).start();
            receiving = sentence.substring(scopeStart, clause.start() - 1);
        }
        // 发放了12万元贴息资金, 垫付贴息资金1.9亿元: the interest paid on women's loans is loan money (obtained from a
        // higher level, 争取贴息资金1.1亿元, it is allocated)
        if (role != FundingRole.ALLOCATED && INTEREST_SUBSIDY.matcher(sentence).region(scopeStart, clause.end()).find()) {
            return FundingRole.LOAN;
        }
        // 15名贫困母亲接受了…提供的…救助专项基金15万元: the people counted took the aid in; no body raised it
        if ((role == FundingRole.DONATED || role == FundingRole.RAISED) && PEOPLE_RECEIVING.find(receiving)
                && !BODY_RECEIVES.find(receiving)) {
            return FundingRole.DISBURSED;
        }
        if ((role == null || role == FundingRole.DONATED || role == FundingRole.RAISED)
                && RECEIVED.find(receiving) && !BODY_RECEIVES.find(receiving)
                && AID.find(sentence.substring(scopeStart, clause.end()))) {
            return FundingRole.DISBURSED; // 收到了1万元的救助金, 得到一万元的资助
        }
        if (role == null && TAKINGS_BEFORE.find(before)) return FundingRole.RAISED; // 新春送暖善款逾六十万
        return role == null ? FundingRole.OTHER : role;
    }

    /**
     * Who gives to whom: money a federation or government hands to a federation or a place (省妇联向市妇联捐赠300万,
     * 全国妇联向自治区捐赠) or that a government's finance puts up (政府财政出资30万元) moves between levels of the state:
     * allocated; money another giver hands to a body (某协会为该小学送上6000元, 某公司向某校捐赠) is its gift: donated.
     * Null when the direction says nothing beyond the verb.
     */
    private static FundingRole direction(FundingRole role, String sentence, Clause clause, String before) {
        if (role != FundingRole.DONATED && role != FundingRole.DISBURSED) return null;
        if (PUBLIC_PUTS_UP.find(before)) return FundingRole.ALLOCATED;
        Matcher to = TO_BODY.matcher(before);
        if (!to.find()) return null;
        // the giver may be the subject of an earlier clause (省妇联向甲市妇联捐赠…，向乙县妇联捐赠…)
        int partStart = Math.max(sentence.lastIndexOf('；', clause.start()), sentence.lastIndexOf(';', clause.start())) + 1;
        String giving = RECEIVER.matcher(sentence.substring(Math.min(partStart, clause.start()), clause.start() + to.start()))
                .replaceAll("□");
        Matcher giver = GIVER.matcher(giving);
        boolean publicGiver = giver.lookingAt() && PUBLIC_GIVERS.contains(giver.group(1));
        if (publicGiver && TO_PUBLIC_BODY.matcher(before.substring(to.start())).lookingAt()) return FundingRole.ALLOCATED;
        return publicGiver ? null : FundingRole.DONATED;
    }

    private static boolean raisedStandard(String before, String after) {
        return RAISED_FROM.find(before) && RAISED_TO_AFTER.find(after)
                || RAISED_TO.find(before);
    }

    /** 获, 获得, 受赠 right before a sum of gifts ({@link #GIFT_AFTER}): a campaign or body taking in a gift. */
    private static final ScreenedPattern GIFT_TAKEN_IN = ScreenedPattern.compile("(?:获得?|受赠)了?$");
    private static final Pattern GIFT_AFTER = Pattern.compile("^的?[^，。；□]{0,4}?(?:捐款|捐赠|善款)");
    /** People who receive (20名女童获得1万元捐款, 患病母亲获得): the gift reached them, it was not raised. */
    private static final ScreenedPattern PEOPLE_BEFORE = ScreenedPattern.compile(
            "[0-9一二两三四五六七八九十百千万]+(?:余|多)?(?:名|位|户|人)|妇女|母亲|儿童|女童|女孩|学生|学子|患者|家庭|老人");

    /** 善款逾60万, 善款总数超过140万: with no verb anywhere, the sum of the 善款 is what a body took in. */
    private static final ScreenedPattern TAKINGS_BEFORE = ScreenedPattern.compile("善款(?:总数|总额|共计|合计|共|达到|达|逾|超过|近|约)*$");

    /** A plan in an earlier clause of the sum's part of the sentence ({@link #PLAN_EARLIER}), nothing done since. */
    /** {@link #TERM_AHEAD} before the sum in its part of the sentence (after any ；), nothing said done since. */
    private static boolean termAhead(String sentence, Clause clause, int start) {
        int partStart = Math.max(sentence.lastIndexOf('；', clause.start()), sentence.lastIndexOf(';', clause.start())) + 1;
        Matcher ahead = TERM_AHEAD.matcher(sentence).region(Math.min(partStart, start), start);
        return ahead.find() && !DONE_SINCE.matcher(sentence).region(ahead.end(), start).find();
    }

    private static boolean plannedEarlier(String sentence, Clause clause, int start) {
        int partStart = Math.max(sentence.lastIndexOf('；', clause.start()), sentence.lastIndexOf(';', clause.start())) + 1;
        if (clause.start() <= partStart) return false;
        Matcher plan = PLAN_EARLIER.matcher(sentence).region(partStart, clause.start());
        plan.useTransparentBounds(true);
        if (plan.find() && !DONE_BY_THEN.matcher(sentence).region(plan.end(), start).find()) return true;
        // 财政计划在接下来的3年内，共投入资金3900万元: the years ahead (共 there totals the plan, nothing done)
        Matcher ahead = YEARS_AHEAD.matcher(sentence).region(partStart, clause.start());
        return ahead.find() && !DONE.matcher(sentence).region(ahead.end(), start).find();
    }

    /**
     * 发放贷款1418笔，累计发放金额6595万元 (a generic amount word), 已放贷60余笔，金额180万元 (lending as a verb),
     * 发放贷款数额从…，发展到年均发放10亿元 (the verb again, its thing left out): the thing, named earlier, is a loan.
     */
    private static boolean namesLoanEarlier(String sentence, Clause clause, int start) {
        String before = sentence.substring(clause.start(), start);
        if (!GENERIC_AMOUNT.find(before) && !LENDING_VERB_ALONE.find(before)) return false;
        Matcher thing = LAST_THING.matcher(sentence.substring(0, clause.start()));
        return thing.lookingAt() && thing.group(1).contains("贷");
    }

    /** Whether a figure of this role can be a running total at all: a rate, a salary or a plan never is. */
    public boolean canAccumulate(FundingRole role) {
        return !NEVER_CUMULATIVE.contains(role);
    }

    /**
     * Whether the sum at [start, end) is a running total over a period: 累计, 历年, 先后 in its clause, or a period
     * earlier in its sentence (N年来, 自…以来, 至今, 今年以来, 截至目前) with no single year or occasion between it
     * and the sum. A sum of one act (为40名女童每人发放1500元，共计6万元) names no period and is not one; nor are
     * rates and plans.
     *
     * @param sentence the sentence text with quotes masked
     * @param role     the sum's role ({@link #classify})
     */
    public boolean cumulative(String sentence, int start, int end, FundingRole role) {
        if (!canAccumulate(role)) return false;
        Clause clause = Clause.around(sentence, start, end);
        if (CAP.find(sentence.substring(clause.start(), start))) return false;
        if (TOTAL_EVER.find(sentence.substring(clause.start(), start))) return true;
        if (ENGLISH_SUM.find(sentence.substring(start, end))
                && ENGLISH_PERIOD_AFTER.find(sentence.substring(end, Clause.englishSentenceEnd(sentence, end)))) {
            return true; // 279.4 billion yuan in loans …, as of June this year: English names the period after the sum
        }
        int from = Clause.englishSentenceStart(sentence, start); // a paragraph of English is one sentence here
        FirstCharacters.Matches periods = PERIOD_STARTS.matches(PERIOD, sentence.substring(from, start));
        Matcher period = periods.matcher();
        int periodEnd = -1;
        boolean upToNow = false; // 截至目前，本次活动共募集: the occasion's own running total
        while (periods.find()) {
            periodEnd = from + period.end();
            upToNow = period.group().startsWith("截") || period.group().equals("目前");
        }
        if (periodEnd >= 0 && SO_FAR.find(sentence.substring(clause.start(), start))) return true;
        return periodEnd >= 0 && (upToNow || !ONE_OCCASION.matcher(sentence.substring(periodEnd, start)).find());
    }

    /** A sum written in English (50,000 yuan, US$16.3 billion). */
    private static final ScreenedPattern ENGLISH_SUM = ScreenedPattern.compile("[A-Za-z$]");
    /** A period English names after the sum: …, as of June this year; … by the end of September 2012. */
    private static final ScreenedPattern ENGLISH_PERIOD_AFTER = ScreenedPattern.compile(
            "(?<![a-z])(?:as of|by the end of|so far|to date|since (?:19|20)[0-9]{2}|over the past|in the past [a-z]+ (?:years|decades))");

    /**
     * 从2015年开始，每年划拨20万元…，现已发放75.4万元: after a period, a clause saying what was done so far totals it,
     * whatever yearly rate stood between.
     */
    private static final ScreenedPattern SO_FAR = ScreenedPattern.compile("(?:现|至今|迄今|目前|如今)已(?:经)?");

    /**
     * Whether the sentence names a period (N年以来, 截至目前 …) that no single year or occasion narrows afterwards: a
     * total in the next sentence (20年以来，…兴办了100个春蕾班。通过…，共募集资金近1.5亿元) is that period's.
     */
    public boolean opensPeriod(String sentence) {
        FirstCharacters.Matches periods = PERIOD_STARTS.matches(PERIOD, sentence);
        int periodEnd = -1;
        while (periods.find()) {
            // a count of years in figures (5年发放…) is the period of its own sentence's sums only
            if (!YEARS_ALONE.matcher(periods.matcher().group()).matches()) periodEnd = periods.matcher().end();
        }
        return periodEnd >= 0 && !ONE_OCCASION.matcher(sentence).region(periodEnd, sentence.length()).find();
    }

    /**
     * Whether the sum at [start, end) belongs to the period the sentence before opened ({@link #opensPeriod}): no
     * period, year or occasion of its own before it in its sentence (近年来，…推出了…举措。…争取培训资金1000余万元).
     */
    public boolean continuesPeriodBefore(String sentence, int start, int end, FundingRole role) {
        if (!canAccumulate(role)) return false;
        Clause clause = Clause.around(sentence, start, end);
        String before = sentence.substring(0, start);
        return !PERIOD_STARTS.matches(PERIOD, before).find() && !ONE_OCCASION.matcher(before).find() && !DAY.find(before)
                && !CAP.find(sentence.substring(clause.start(), start));
    }

    /** A day or a recent moment (12月19日, 近日, 今天): a sentence of its own event, not of the period before. */
    private static final ScreenedPattern DAY = ScreenedPattern.compile("\\d{1,2} ?月|近日|日前|今天|今日|昨天|昨日|春节前|节前");

    /**
     * What the verb nearest the sum says was done with it (raised, donated, pledged, allocated, disbursed, spent),
     * whatever the sum was: 筹集…防疫物资 is goods that were raised. The nearest verb before the sum in its clause,
     * else the first after it in its clause (其中50万元用于购置), else for a sum carried (带着1.5万元…，发放给) the
     * first later in its sentence, else the nearest earlier in its sentence. Null when no verb says.
     *
     * @param sentence the sentence text with quotes masked
     */
    public FundingRole verb(String sentence, int start, int end) {
        Clause clause = Clause.around(sentence, start, end);
        String before = sentence.substring(clause.start(), start);
        Verb near = nearest(verbs(before));
        FundingRole role = near == null ? null : near.role();
        if (near != null && ATTRIBUTIVE_GAP.matcher(before.substring(near.end())).matches()) {
            FundingRole main = firstVerb(sentence.substring(end, clause.end()));
            if (main == null) main = verbOfNextClause(sentence, clause);
            if (main != null) return main;
        }
        if (role == null) role = firstVerb(sentence.substring(end, clause.end()));
        if (role == null && CARRIED.find(before)) role = firstVerb(sentence.substring(end));
        if (role == null) {
            // the earlier verbs of its sentence (an English page's paragraph: of its English sentence)
            int from = Clause.englishSentenceStart(sentence, start);
            String earlier = withoutPurposes(" ".repeat(from) + sentence.substring(from, start));
            Verb last = nearest(verbs(earlier));
            // 募集善款9.91万元，叠加配捐3.51万元，最终形成13.42万元助学金，精准资助100名女童: an earlier verb acting on a sum
            // of its own clause is that sum's; the next clause says what was done with this one
            FundingRole next = last != null && actsOnOwnSum(earlier, last) ? verbOfNextClause(sentence, clause) : null;
            role = next != null ? next : last == null ? null : last.role();
        }
        if (role == null) role = verbOfNextClause(sentence, clause);
        return role;
    }

    /** A body's name right before the sum, after 其中 (其中省妇联儿童基金会2万元): the part is that body's. */
    private static final ScreenedPattern GIVER_BEFORE = ScreenedPattern.compile(
            "(?:基金会|协会|商会|联合会|公司|企业|集团|银行|单位|委员会|中心|学会|俱乐部|厂)(?:捐赠|捐款|捐)?(?:了)?$");

    /** Whether the sum at {@code start} has a body's name right before it in its clause, the giver of its part. */
    public boolean namedByGiver(String sentence, int start) {
        Clause clause = Clause.around(sentence, start, start);
        int from = Math.max(clause.start(), Math.max(sentence.lastIndexOf('、', start - 1) + 1, 0));
        return GIVER_BEFORE.find(sentence.substring(from, start));
    }

    /**
     * Whether the sum at [start, end) is named only by a generic amount word (金额十九亿元, 总金额五十四亿元) and no verb of
     * its sentence says what was done with it: it is an amount of the same act as the figure before it.
     *
     * @param sentence the sentence text with quotes masked
     * @param verb     the sum's {@link #verb}
     */
    public boolean onlyAnAmount(String sentence, int start, int end, FundingRole verb) {
        Clause clause = Clause.around(sentence, start, end);
        String before = sentence.substring(clause.start(), start);
        int word = Math.max(before.lastIndexOf("金额"), before.lastIndexOf("总额"));
        return word >= 0 && GENERIC_AMOUNT.find(before.substring(Math.max(0, word - 4)))
                && verb == null;
    }

    /** Whether the clause of {@code verb} in {@code text} states a sum (元) after the verb. */
    private static boolean actsOnOwnSum(String text, Verb verb) {
        Clause c = Clause.around(text, verb.end(), verb.end());
        return text.indexOf('元', verb.end()) >= 0 && text.indexOf('元', verb.end()) < c.end();
    }

    /**
     * 第一笔救灾款10万元，已紧急拨付灾区: a sum that no verb before it or in its clause acts on is what the next clause
     * (one that goes on with a comma and states no sum of its own) did with it.
     */
    private static FundingRole verbOfNextClause(String sentence, Clause clause) {
        if (clause.end() >= sentence.length() || ",，".indexOf(sentence.charAt(clause.end())) < 0) return null;
        Clause next = Clause.around(sentence, clause.end() + 1, clause.end() + 1);
        String text = sentence.substring(next.start(), next.end());
        return text.indexOf('元') >= 0 ? null : firstVerb(text);
    }

    /**
     * 所筹得的16万元善款，已用于购买…: a verb joined by 的 to the sum names the money (how it came), and the verb after
     * the sum says what was done with it; so does a verb with its object (救助灾民的300万元善款交由其代转).
     */
    private static final Pattern ATTRIBUTIVE_GAP = Pattern.compile("(?:[^，。；□0-9元]{2,12})?的");

    /** 带着1.5万元助学金来到学校，发放给…: the sum carried is what the later verb did with it. */
    private static final ScreenedPattern CARRIED = ScreenedPattern.compile("带着|带上|携带|携");

    /** 用于 says what the sum before it was for: 落实1000万元，专门用于…，其中400万元 is not spent by that 用于. */
    private static final Pattern PURPOSE = Pattern.compile("用于|用作|用来");

    private static String withoutPurposes(String text) {
        return PURPOSE.matcher(text).replaceAll("□□");
    }

    private record Verb(FundingRole role, int start, int end) {}

    /**
     * The role verbs in {@code text}; where two overlap at one end, the earlier cue of {@link #VERBS} wins. A
     * donation word after a raising verb (募集社会捐款, 募集到爱心人士的捐赠资金) names the money, not the act.
     */
    private static List<Verb> verbs(String text) {
        List<Verb> found = new ArrayList<>();
        for (Cue cue : VERBS) {
            int first = cue.firstCandidate(text);
            if (first < 0) continue;
            Matcher m = cue.words.matcher(text);
            for (boolean hit = m.find(first); hit; hit = m.find()) {
                String preceding = text.substring(0, m.start());
                boolean nameOfTheMoney = preceding.endsWith("的") || text.startsWith("的", m.end());
                if (cue.role == FundingRole.DONATED && (RAISING_BEFORE.find(preceding)
                        || nameOfTheMoney && RAISING_IN_CLAUSE.find(preceding))) {
                    continue;
                }
                found.add(new Verb(cue.role, m.start(), m.end()));
            }
        }
        found.removeIf(v -> v.role() == FundingRole.DONATED
                && (actedOnBefore(text, found, v) || namesTheSumOfAnotherVerb(text, found, v)));
        return found;
    }

    /** How far (characters) 捐赠的 may stand before the end of the text and still name the sum that follows. */
    private static final int GIFT_NAMED_WITHIN = 7;

    /**
     * 颁发爱心人士捐赠的2万元助学金: a donation word with 的 right before the sum, after another verb of its clause, says
     * whose gift the sum was; the earlier verb says what was done with it.
     */
    private static boolean namesTheSumOfAnotherVerb(String text, List<Verb> found, Verb donation) {
        if (!text.startsWith("的", donation.end()) || text.length() - donation.end() > GIFT_NAMED_WITHIN) return false;
        for (int i = donation.end(); i < text.length(); i++) if ("，。；,;".indexOf(text.charAt(i)) >= 0) return false;
        for (Verb v : found) {
            if (v.role() != FundingRole.DONATED && v.end() <= donation.start()
                    && text.substring(v.end(), donation.start()).chars().noneMatch(c -> "，。；,;".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that act on a body's money (not 为两癌救助捐款, where 救助 is the purpose of the gift). */
    private static final Set<FundingRole> HANDLES_MONEY = EnumSet.of(FundingRole.RAISED, FundingRole.ALLOCATED,
            FundingRole.SPENT);

    /**
     * 落实…爱心用户捐款88.91万元: a donation word shortly after a verb that raises, allocates or spends money, in its
     * clause, names the money acted on.
     */
    private static boolean actedOnBefore(String text, List<Verb> found, Verb donation) {
        for (Verb v : found) {
            if (!HANDLES_MONEY.contains(v.role()) || v.end() > donation.start()
                    || donation.start() - v.end() > ACTED_ON_WITHIN) {
                continue;
            }
            String between = text.substring(v.end(), donation.start());
            if (between.chars().noneMatch(c -> "，。；,;".indexOf(c) >= 0)) return true;
        }
        return false;
    }

    /** End of the last role verb in {@code text}, or -1. */
    public static int lastVerbEnd(String text) {
        return verbs(text).stream().mapToInt(Verb::end).max().orElse(-1);
    }

    private static Verb nearest(List<Verb> found) {
        Verb best = null;
        for (Verb v : found) {
            if (best == null || v.end() > best.end()) best = v;
        }
        return best;
    }

    private static FundingRole firstVerb(String text) {
        Verb best = null;
        for (Verb v : verbs(text)) {
            if (best == null || v.start() < best.start()) best = v;
        }
        return best == null ? null : best.role();
    }
}
