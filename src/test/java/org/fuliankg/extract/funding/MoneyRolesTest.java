package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fuliankg.domain.money.FundingRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One invented sentence per verb frame of the role table (ontology/README.md, "Funding roles"): the sum written in
 * [brackets] gets the role and the running-total flag of its row.
 */
class MoneyRolesTest {

    private final MoneyRoles roles = new MoneyRoles();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            县妇联干部带着[1.2万元]助学金来到城关小学，发放给8名春蕾女童。                    | disbursed      | false
            市妇联将[6万元]救助金送到6名患病妇女手中。                                       | disbursed      | false
            她收到了[1万元]的救助金。                                                       | disbursed      | false
            去年以来，乡里7名患病姐妹获县级专项救助金[5.6万元]。                                 | disbursed      | true
            姐妹们在合作社务工，每月从合作社得到[2400元]的收入。                                  | other          | false
            每名学生一年补助8000元，15名学生共领到补助[12万元]。                                  | disbursed      | false
            县妇联在某镇九年制学校把助学金[2.4万元]交到女童手中。                                  | disbursed      | false
            县妇联干部先后走访甲、乙两所小学，为留守儿童送去慰问金[300元]。                         | disbursed      | false
            省妇联每年将拿出[2000万元]用于农村妇女两癌救助。                                  | budget         | false
            省妇联拟分两批投入[150万元]帮扶困难妇女。                                        | budget         | false
            活动现场共收到捐款[7350元]。                                                    | raised         | false
            爱心企业为女童捐物折合人民币[18.4万元]。                                          | value-of-goods | false
            每个“暖心包”价值[300元]，内有棉被和药箱。                                         | value-of-goods | false
            省妇女发展基金会去年接受社会捐赠资金及物资[3.1亿元]。                              | raised         | false
            十五年筹[6.7亿元]助女童                                                         | raised         | true
            向全国妇联争取到两癌救助金[126万元]，救助126名患病妇女。                          | allocated      | false
            省财政转移支付到各县的资金总量达[860万元]。                                       | allocated      | false
            基金会筹措救灾资金100万元，其中[40万元]用于购置生活物资。                          | spent          | false
            某集团向县妇联捐赠[20万元]。                                                     | donated        | false
            为留守女童每人发放[800元]。                                                      | per-person     | false
            全年发放妇女创业担保贷款3.2亿元，人均贷款额达到[6.1万元]。                          | per-person     | false
            县妇联为甲、乙两名患病妇女分别送去[1万元]救助金。                                  | per-person     | false
            仪式上，受助母亲分别收到慰问救助款[5000元]。                                          | per-person     | false
            又争取到[300万元]妇女小额担保贷款。                                               | loan           | false
            共发放小额担保贷款820笔，累计发放金额[4150万元]。                                  | loan           | true
            基金会与企业共同设立[500万元]的巾帼关爱基金。                                       | fund-size      | false
            他们开办农家乐，去年创收[5万元]。                                                  | other          | false
            自2013年启动以来，全市共募集春蕾助学金[2680万元]，资助女童9100名。                   | raised         | true
            截至8月5日，全区妇联系统募集救灾款物价值共计[520余万元]。                            | raised         | true
            市妇联为受灾妇女儿童发放救助金和物资[18万余元]。                                     | disbursed      | false
            其中单笔最大捐款为[150万元]。                                                      | donated        | false
            近3年县妇联已经为31名患病妇女获取[31万元]中央专项彩票公益金。                         | allocated      | true
            “某某关爱行动”获[300万元]专项捐款                                                   | raised         | false
            某镇救助专项行动专户收到[12万]善款                                                  | raised         | false
            全县共有6名符合条件的妇女分别获得1.5万元的慰问金，共计[9万元]。                        | disbursed      | false
            募集善款4.2万元，叠加配捐1.8万元，最终形成[6万元]助学金，资助30名女童。                 | disbursed      | false
            8名妇女每人领到了1200到2200元不等的救助金，总救助金额达了[1.36万元]。                   | disbursed      | false
            今年初捐赠一批图书后，年底再次捐赠，年度合计捐赠价值[12.5万元]。                       | value-of-goods | true
            2014年起争取两癌救助专项资金，至今已争取到[930万元]。                               | allocated      | true
            今年以来全县已募集“春蕾计划”资金[47.3万元]。                                       | raised         | true
            截止目前，本次活动共募集爱心款[2.6万元]。                                           | raised         | true
            目前，县妇联共争取两癌救助金[88万元]。                                              | allocated      | true
            2016年以来，全县共发动8000人次参与捐赠，捐款[21.5万元]。                            | donated        | true
            近年来，市妇联开展救助活动；2019年为30名妇女发放救助金[30万元]。                      | disbursed      | false
            为40名女童每人发放1500元，共计[6万元]。                                            | disbursed      | false
            项目实施五年以来，每人获得一次性救助[1万元]。                                        | per-person     | false
            通过近几年的项目申报，共争取项目资金[52.4万元]。                                      | allocated      | true
            自疫情发生以来，协会短短两天的时间募集资金[18.6万元]。                                  | raised         | false
            活动募集资金3.2万元，物资[1.45万元]。                                                 | value-of-goods | false
            捐赠资金和物资近[900万元]。                                                          | donated        | false
            购买化肥2万元、薄膜3000元，合计预计[6.5万元]。                                          | budget         | false
            爱心妈妈给孩子送来了[500元]现金。                                                     | disbursed      | false
            省妇联落实专项资金800万元，专门用于车间建设，其中[300万元]支持深度贫困县。             | allocated      | false
            2016年以来，省妇联每年争取落实[600万元]资金用于技能培训。                              | allocated      | false
            2018—2019年，基金会落实爱心网友捐款[46.2万元]建设供水工程。                            | allocated      | true
            一幅书法作品以[6500元]被爱心人士拍得。                                               | raised         | false
            某市妇联广泛动员社会力量，为春蕾计划筹集资金[860万元]。                               | raised         | false
            市妇联接受某某食品有限公司捐赠的善款[312万元]。                                       | raised         | false
            会上，某某农业公司为两癌救助捐款[52万元]。                                            | donated        | false
            县妇联为村妇联主席发放工作补贴，标准为每人每月[500—2700元]。                           | salary         | false
            为全市困境妇女儿童送去了[286万元]慰问金和物资。                                        | disbursed      | false
            为留守儿童发放资金[25万]、物资3万元。                                                 | disbursed      | false
            为留守儿童发放资金25万、物资[3万元]。                                                 | value-of-goods | false
            20名创业女性共获得近[300万元]的授信。                                                 | loan           | false
            认定的示范基地分别能获得[2万元]或5万元的奖补资金。                                     | per-person     | false
            省妇联将再次投入[2600万元]贴息资金，支持妇女创业。                                     | budget         | false
            基金会首批将向三省投入[800万元]支援抗旱。                                              | budget         | false
            本次活动将为96名困境儿童发放[11万余元]善款。                                            | budget         | false
            区妇联发放的生活救助金由每年[400元]提高至700元。                                        | per-person     | false
            考入大学的学生一次性救助由2500元提高到[3500元]。                                         | per-person     | false
            该会表示，将捐出[3亿元]给各地社福机构。                                                  | pledged        | false
            持续开展8年、总额逾[5亿元]的“巾帼”字号扶贫贷款，帮助2万户妇女增收。                         | loan           | true
            三名妇女以联保方式每人申请了[4000元]贷款。                                                | loan           | false
            省财政计划在接下来的3年内，共投入资金[1800万元]用于贷款贴息项目。                           | budget         | false
            入选的项目可获得[4万元]以内的经费资助。                                                   | per-person     | false
            预计首批向灾区投入[600万元]。                                                          | budget         | false
            项目实施八年来，争取省财政贴息资金[0.9亿元]。                                           | allocated      | true
            县妇联为孩子们送上书包和慰问金各[300元]。                                               | per-person     | false
            符合条件的患者才能享受救助，获得一次性救助金[8000元]。                                   | per-person     | false
            首笔救灾款[5万元]，已紧急拨付灾区。                                                     | allocated      | false
            过去五年，市妇联共募集善款[3150万元]。                                                  | raised         | true
            实施为期3年的项目（2021-2023年），其中单户贷款最高为[8万元]。                            | per-person     | false
            个人创业贷款额度由最高3万元上调至[7万元]。                                              | per-person     | false
            示范基地每家可申请的贷款最多为[50万元]。                                                 | per-person     | false
            市妇联去年争取到省级财政贴息[1500万元]。                                                   | allocated      | false
            全县去年共发放创业贷款[4200万元]。                                                      | loan           | false
            明年县里将向返乡妇女投放担保贷款[6000万元]。                                             | budget         | false
            女企业家协会会员两年来捐款捐物价值[37万元]。                                            | donated        | true
            省慈善总会此次接受的善款和物资总价值[1.8亿元]。                                          | raised         | false
            清单列有6万元的羽毛球拍、[9万元]的“某某护眼灯”、3万元的保温杯等，总价值18万元。              | value-of-goods | false
            市妇联整合三项专项经费[300万元]支持社区儿童之家建设。                                      | allocated      | false
            今年全县发放创业贷款总数将[不低于12亿元]，计划培训妇女800名。                               | budget         | false
            确保全年募集善款总额达到[300万元]。                                                     | budget         | false
            “暖心”募捐活动的目标金额为[200万元]。                                                   | budget         | false
            符合条件的患病妇女最高可获得[2万元]救助金。                                               | per-person     | false
            困难家庭户均获得帮扶资金[1200元]。                                                       | per-person     | false
            甲省妇联向乙市妇联捐赠救助专项基金[280万元]。                                             | allocated      | false
            区政府财政出资[12万元]，救助30名患病妇女。                                               | allocated      | false
            某商会为该小学送上[6000元]，用于改善伙食。                                               | donated        | false
            某县助农贷6年发放贷款[近2.4亿元]。                                                       | loan           | true
            县妇联为15名困难母亲送去慰问金[7500元]。                                                 | disbursed      | false
            某集团8年来共出资[260多万元]，资助困境儿童。                                             | donated        | true
            截至今年10月底，全市共注入担保基金[1840万元]。                                           | fund-size      | true
            今年拟发放创业贷款600万元，单笔贷款金额为[8万元]。                                        | per-person     | false
            力争全年发放[6亿元]妇女小额担保贷款。                                                    | budget         | false
            创业女性享受财政补助金额达[3.1亿元]。                                                    | disbursed      | false
            各科室干部踊跃捐款，共凑集捐款[4720元]。                                                 | raised         | false
            某县[90万元]资金奖补到村妇联。                                                           | disbursed      | false
            当得知自己获得某省农村“两癌”贫困妇女（省级专项彩票公益金）[1万元]救助金时，她很感动。      | disbursed      | false
            县妇联在上级妇联的支持下，获得“护苗行动”项目资金[15万元]。                              | allocated      | false
            截至目前，某区已累计获得两癌救助资金[74万元]，资助患病妇女74人。                         | allocated      | true
            向全国妇联争取两癌救助专项基金[860万元]，经审核后发放。                                  | allocated      | false
            向全国妇联争取到低收入妇女两癌救助金[93万元]，救助93名患病妇女。                         | allocated      | false
            省妇联返拨救助金[52万元]，救助52名困难妇女。                                             | allocated      | false
            自2011年以来累计拨付专项资金1.8亿元，其中第5期项目资金为[3100万元]。                      | allocated      | false
            某儿童基金会受赠[60万元]，用于资助困境女童。                                             | raised         | false
            县妇联收到某游乐园投资方捐赠的助学金[5000元]。                                           | raised         | false
            截至目前，已列支[45万元]，救助困境妇女210人。                                            | spent          | true
            市妇联发布了2025年度计划投入[860余万元]的五个公益项目。                                   | budget         | false
            计划资助困境女童300名，资助总金额为[54万元]，为期三年。                                   | budget         | false
            计划资助困境女童300名，资助总金额为54万元，为期三年，每年[18万元]。                       | budget         | false
            计划资助困境女童300名，目前已发放[20万元]。                                              | disbursed      | false
            甲县各界目前已捐助[近百万元]善款。                                                      | donated        | true
            某会今日发出声明，决定从总资产中提取六成，共[12亿元]捐作公益。                          | pledged        | false
            会上，甲企业当场决定捐出[5万元]。                                                      | donated        | false
            来自全乡的12名贫困母亲接受了基金会提供的[12万元]。                                      | disbursed      | false
            某会总资产[90亿元]中，提取七成。                                                      | other          | false
            司长表示，将会拨出[2亿元]注入基金。                                                    | budget         | false
            某省专项基金的救助面逐年扩大，今年还获得国家奖励的[40万元]救助资金。                     | allocated      | false
            他们将救助某地灾民的[二百万元]港币善款交由其代转。                                      | donated        | false
            计划分为两类，资助上限分别为[30万元]。                                                  | per-person     | false
            某市执行“某某扶贫项目”[18万元]，新增养殖户40户。                                      | spent          | false
            目前，已有2000人投保[8.5万元]。                                                        | other          | true
            今年上半年，某市妇联为12名患病妇女发放救助金[6万元]。                                   | disbursed      | true
            The club donated [30,000 yuan] to set up a class for girls.                              | donated        | false
            The county has issued [120 million yuan] in small loans to 3,000 women since 2012.        | loan           | true
            A villager secured a [20,000 yuan] micro loan from the bank.                              | loan           | false
            The city is estimated to offer [2 billion yuan] in small loans next year.                 | budget         | false
            The province allocated [3.2 million yuan] in interest subsidy funds.                      | allocated      | false
            It provided [45 billion yuan] in loans to 2 million women, as of June this year.          | loan           | true
            她开办的作坊去年共收入[4万余元]。                                                        | other          | false
            颁发爱心人士某某捐赠的[3万元]助学金。                                                    | disbursed      | false
            35名女孩各获得[1000元]爱心助学金。                                                       | per-person     | false
            符合条件的患病妇女可申请[5000元]的救助金。                                               | per-person     | false
            红十字会连日收到善款，累计逾900万元，首笔[200万元]善款已汇往灾区红十字会。              | donated        | false
            某县“春蕾计划”实施20年 [500多万元]助学款惠及6000多名女童                                 | disbursed      | true
            贫困母亲王某从妇联工作人员手中接过[3000元]救助金。                                       | disbursed      | false
            基金会全年捐赠收入[320万元]，其中现金200万元。                                           | raised         | false
            从2001年至2020年6月，县妇联采取结对资助等方式收到爱心款[88万元]。                        | raised         | true
            1995年以来，爱心人士捐助[600元]资助1名小学生一年学习及生活补助。                          | per-person     | false
            近年来，爱心企业捐助[30万元]资助了120名困境女童。                                          | donated        | true
            结对的区妇联干部送来了[1000元]慰问款。                                                   | donated        | false
            陈女士成立助学基金，并投入初始基金[100万元]。                                             | fund-size      | false
            下午，某商贸公司代表送交[1.5万元]善款。                                                  | donated        | false
            此次活动共筹资[3万元]，其中企业捐赠1.8万元。                                              | raised         | false
            今年该会拟筹善款[1亿元]，支出善款8000万元。                                               | budget         | false
            今年该会拟筹善款1亿元，支出善款[8000万元]。                                               | budget         | false
            其中，认购项目所筹得的[16万元]善款，已用于购买800份礼物。                                   | spent          | false
            基金会全年筹措资金和物资价值[2.4亿元]。                                                   | raised         | false
            每户贫困户可增加收入[3000余元]。                                                         | other          | false
            新春送暖善款逾[六十万]                                                                  | raised         | false
            活动录得自举办以来的最好成绩，募集善款[140万元]。                                          | raised         | false
            2024年，全区累计2200名爱心人士参与捐赠，募集善款[9.91万元]。                                | raised         | false
            县妇联累计救助1000名妇女，发放救助金[1000万元]。                                          | disbursed      | true
            此次仪式是纪念基金会成立30周年系列活动之一，共计捐赠善款[2100万元]。                        | donated        | false
            近年来，驻外妇联累计为该项目募资[8.6万元]，为430名儿童送上书包。                            | raised         | true
            其中9户各贷款[4万元]、5户各贷款5.2万元。                                                 | per-person     | false
            全年捐赠收入较上年增加[215.6万元]，增长率为20.5%。                                        | other          | false
            基金会全年收入[1300万元]，其中捐赠收入1268万元，其他收入32万元。                             | raised         | false
            基金会全年收入1300万元，其中捐赠收入1268万元，其他收入[32万元]。                             | raised         | false
            基金会捐赠收入1268.4万元(资金收入[906.2万元]，物资价值362.2万元)。                          | raised         | false
            “童心守护”品牌筹款项目再创新高，额度达[318.9万元]。                                       | raised         | false
            据统计，从2013年起，区妇联共募捐善款[40多万元]。                                          | raised         | true
            项目自启动以来，累计投放资金[3200多万元]，受益妇女20余万人。                                  | spent          | true
            项目实施十年来，累计实施项目资金[8600余万元]。                                              | spent          | true
            村民某某领取了[8000元]爱心款。                                                           | disbursed      | false
            入选项目可获得[2万至4万元]的资金支持。                                                     | per-person     | false
            今年省妇联将深化农村妇女技能培训项目，投入资金[260万元]。                                    | budget         | false
            今年省妇联将深化农村妇女技能培训项目，去年已投入资金[200万元]。                               | spent          | false
            以后村委会每年还将注入[3000元]。                                                          | budget         | false
            协会协调[近60万元]的棉衣、棉被等御寒物资运往灾区。                                          | value-of-goods | false
            企业在县妇联见证下成立本金[300万元]的“春晖”关爱基金。                                       | fund-size      | false
            县妇联向32名创业妇女发放了[9.6万元]贴息资金。                                              | loan           | false
            又拿到了[4500多元]的贴息资金。                                                            | loan           | false
            县妇联去年争取省财政贴息资金[120万元]。                                                    | allocated      | false
            二〇一九年，县妇联为患病妇女发放救助金[24万元]。                                             | disbursed      | false
            该项目将连续三年在全县实施，累计发放助学金[27万元]。                                        | budget         | false
            该项目已连续三年在全县实施，累计发放助学金[27万元]。                                        | disbursed      | true
            未来3年，妇女工作经费由每年50万元大幅增加至[80万元]。                                       | budget         | false
            未来五年，某国将再向联合国某机构捐款[200万美元]。                                           | pledged        | false
            慰问困难妇女800名，[200 元]/ 名；困难儿童1200名，80 元/名。                                 | per-person     | false
            某保险公司向全县困难妇女捐赠意外保险保额[86万元]。                                            | other          | false
            """)
    void theFrameDecidesTheRoleAndTheRunningTotal(String written, String role, boolean cumulative) {
        int start = written.indexOf('[');
        int end = written.indexOf(']') - 1;
        String sentence = Clause.maskQuotes(written.replace("[", "").replace("]", ""));
        FundingRole found = roles.classify(sentence, start, end);
        assertEquals(role, found.code(), written);
        assertEquals(cumulative, roles.cumulative(sentence, start, end, found), written);
    }
}
