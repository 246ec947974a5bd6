import Foundation

/// The sample data `shequ demo` and the welcome screen write: communities of
/// the streets named in the source documents (the co-building community on
/// 阜新街, 濠景园社区 of 新城桥街道 and 德民社区 of 城东街道 from the youth-care
/// report, and the community schools of a street's education summary).
public enum SampleStreet {
    /// The sample communities, with fixed identifiers so that repeated runs
    /// and tests see the same files; plans and activities are dated in the
    /// year of `today`, up to `today`.
    public static func communities(today: LocalDate) -> [Community] {
        profiles.map { profile in
            var community = profile
            (community.plans, community.activities) = SamplePlans.records(for: profile.id, today: today)
            community.checklists = SampleChecklists.checklists(for: profile.id, today: today, plans: community.plans)
            return community
        }
    }

    /// The sample street's reviewer, whose key signed the sample's
    /// decisions; `shequ demo` trusts it in the sample data directory. Its
    /// private key is the same everywhere, so it proves nothing real.
    public static var reviewer: TrustedReviewers.Reviewer {
        TrustedReviewers.Reviewer(
            name: SampleChecklists.supervisor.name, key: ReviewSigner.sample?.publicKeyText ?? "")
    }

    private static var profiles: [Community] {
        let stamp = Date(timeIntervalSince1970: 1_672_531_200)  // 2023-01-01
        func community(
            _ number: Int, _ name: String, _ street: String, population: Int, households: Int, groups: Int,
            contacts: [Contact], notes: String
        ) -> Community {
            Community(
                id: String(format: "c-demo%02d", number), name: name, street: street, district: "崇川区",
                population: population, households: households, residentGroups: groups,
                contacts: contacts, notes: notes, updatedAt: stamp)
        }
        return [
            community(
                1, "阜新街社区", "阜新街街道", population: 8_620, households: 3_140, groups: 12,
                contacts: [
                    Contact(role: "党委书记", name: "马秀兰", phone: "13909510231"),
                    Contact(role: "居委会主任", name: "杨建国", phone: "13995002417"),
                    Contact(role: "社区民警", name: "李军", phone: "0951-6021110"),
                ], notes: "与市教育局共驻共建；辖区有市厦门实验小学、市三中、城南幼儿园。"),
            community(
                2, "团结西路社区", "阜新街街道", population: 6_315, households: 2_408, groups: 9,
                contacts: [
                    Contact(role: "居委会主任", name: "丁海燕", phone: "13895081126"),
                    Contact(role: "网格员", name: "纳文静", phone: "15009516608"),
                ], notes: "爱心志愿者服务队清理卫生死角。"),
            community(
                3, "新村路社区", "阜新街街道", population: 5_480, households: 2_016, groups: 8,
                contacts: [
                    Contact(role: "党支部书记", name: "周红梅", phone: "13519205547")
                ], notes: ""),
            community(
                4, "濠景园社区", "新城桥街道", population: 9_870, households: 3_652, groups: 15,
                contacts: [
                    Contact(role: "党委书记", name: "陈志刚", phone: "13962811520"),
                    Contact(role: "关工委常务副主任", name: "顾德明", phone: "0513-85512036"),
                    Contact(role: "校外教育辅导站站长", name: "王玉琴", phone: "13813629874"),
                ], notes: "校外教育辅导站开展家庭读书活动，退休老校长带读书小组。"),
            community(
                5, "北濠桥社区", "新城桥街道", population: 7_245, households: 2_690, groups: 11,
                contacts: [
                    Contact(role: "居委会主任", name: "张丽", phone: "13706287731"),
                    Contact(role: "网格员", name: "刘伟", phone: "18762975502"),
                ], notes: ""),
            community(
                6, "文峰社区", "新城桥街道", population: 6_930, households: 2_587, groups: 10,
                contacts: [
                    Contact(role: "党支部书记", name: "沈建华", phone: "13951306648")
                ], notes: "社区学校：健康教育学校、家长学校、老年艺术学校。"),
            community(
                7, "德民社区", "城东街道", population: 11_260, households: 4_105, groups: 18,
                contacts: [
                    Contact(role: "党委书记", name: "吴国平", phone: "13773602285"),
                    Contact(role: "关工委主任", name: "季秀英", phone: "0513-85879120"),
                ], notes: "校外辅导站“站籍管理”试点，建立社区学生会、社区少先队。"),
            community(
                8, "城东社区", "城东街道", population: 8_045, households: 2_960, groups: 13,
                contacts: [
                    Contact(role: "居委会主任", name: "黄晓东", phone: "15862878013"),
                    Contact(role: "残协专职委员", name: "许芳", phone: "13625131749"),
                ], notes: "残疾人康复“五清”“五落实”台账齐全。"),
            community(
                9, "钟秀社区", "城东街道", population: 4_710, households: 1_742, groups: 7,
                contacts: [
                    Contact(role: "居委会主任", name: "曹玲", phone: "13921453360")
                ], notes: ""),
        ]
    }
}
