using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>The naming policy (Parsing/Naming), rule by rule, on real operations and schemas of the five seed specs.</summary>
public sealed class NamingPolicyTests
{
    [Theory]
    [InlineData("POST", "/set_qq_profile", "set_qq_profile", "设置账号信息", "SetQqProfile")] // NapCat: the action's own name
    [InlineData("POST", "/ArkSharePeer", "ArkSharePeer", "获取推荐好友/群聊卡片", "ArkSharePeer")]
    [InlineData("POST", "/users/{id}/files", "upload_file", null, "UploadFile")] // says more than the path
    public void An_english_operationId_is_the_method_name(string method, string path, string operationId, string? summary, string expected)
    {
        Assert.Equal(expected, OperationNames.Choose(method, path, operationId, summary, null).Name);
    }

    [Theory]
    [InlineData("POST", "/client/restore_client", "decorator_client_restore_client_post", "恢复实例", "RestoreClient")] // FastAPI noise
    [InlineData("POST", "/cloud/download_wxemotion", "decorator_cloud_download_wxvideo_post", "下载微信加密表情", "DownloadWxemotion")] // stale FastAPI id
    [InlineData("POST", "/msg/send_text", "decorator_msg_send_text_post", "发送文本消息", "SendText")]
    [InlineData("PUT", "/groups/{group_no}/members/{uid}", "groups_by_group_no_members_by_uid", "修改群成员信息", "UpdateGroupMember")] // restates the path
    [InlineData("POST", "/user/authmode", "post_user_authmode", "设置加好友验证方式", "SetUserAuthmode")]
    public void A_generated_operationId_gives_way_to_the_path(string method, string path, string operationId, string summary, string expected)
    {
        Assert.Equal(expected, OperationNames.Choose(method, path, operationId, summary, null).Name);
    }

    [Theory]
    [InlineData("POST", "/sendRecvVideo", "xiao_xi_fa_song_fa_song_yi_jing_shou_dao_de_shi_pin_xiao_xi", "转发视频消息", "SendRecvVideo")]
    [InlineData("POST", "/getChatRoomMember", "qun_cao_zuo_queryGroupList", "获取群成员", "GetChatRoomMember")]
    [InlineData("POST", "/addContactLabel", "biao_qian_addContactLabel", "创建标签", "AddContactLabel")]
    [InlineData("POST", "/asynSnsSendVideo", "peng_you_quan_asynSnsSendVideo", "异步发送视频朋友圈", "AsynSnsSendVideo")]
    [InlineData("POST", "/delContactLabel", "biao_qian_delContactLabel", "删除联系人标签", "DeleteContactLabel")] // del written out
    public void English_path_words_win_over_a_pinyin_operationId(string method, string path, string operationId, string summary, string expected)
    {
        Assert.Equal(expected, OperationNames.Choose(method, path, operationId, summary, null).Name);
    }

    [Theory]
    [InlineData("PUT", "/groups/{group_no}", "更新群组", "UpdateGroup")]
    [InlineData("GET", "/groups/{group_no}", "查询群信息", "GetGroup")]
    [InlineData("GET", "/user/devices", "获取用户登录设备", "ListUserDevices")]
    [InlineData("DELETE", "/user/devices/{device_id}", "删除登录设备", "DeleteUserDevice")]
    [InlineData("DELETE", "/message", "删除消息", "DeleteMessage")]
    [InlineData("POST", "/groups/{group_no}/members", "添加群成员", "AddGroupMembers")] // POST: the summary's verb
    [InlineData("POST", "/roomTodo", "设置群待办消息", "SetRoomTodo")]
    [InlineData("POST", "/redpackets", "创建红包", "CreateRedpackets")]
    [InlineData("POST", "/snsComment", "朋友圈评论", "SnsComment")] // an RPC path names its action
    [InlineData("POST", "/message/revoke", "撤回消息", "RevokeMessage")] // the path's own verb first
    [InlineData("POST", "/finderBrowse", "浏览", "FinderBrowse")] // the verb is in the path already
    public void A_path_name_gets_a_verb_from_the_method(string method, string path, string summary, string expected)
    {
        Assert.Equal(expected, OperationNames.Choose(method, path, null, summary, null).Name);
    }

    [Fact]
    public void A_taken_path_name_falls_back_to_longer_english_names()
    {
        OperationName finderQrCode = OperationNames.Choose("POST", "/finder/getQrCode", "shipinhao_getQrCode", "获取我的视频号二维码", null);
        OperationName label = OperationNames.Choose("GET", "/label/{id}", "get_label_by_id", "标签详情", null);
        OperationName batch = OperationNames.Choose("PUT", "/user/avatar/batch", "put_user_avatar_batch", "批量设置头像", null);

        Assert.Equal(("GetQrCode", "GetFinderQrCode"), (finderQrCode.Name, finderQrCode.Alternatives[0]));
        Assert.Equal(("GetLabel", "GetLabelById"), (label.Name, label.Alternatives[0]));
        Assert.Equal("PutUserAvatarBatch", batch.Alternatives[batch.Alternatives.Count - 1]);
    }

    [Theory]
    [InlineData("撤回消息", "RecallMessage")]
    [InlineData("获取群成员", "GetGroupMember")]
    [InlineData("获取二维码（第二步-方式1）", "GetQrCode")] // a remark in parentheses is left out
    [InlineData("发送emoji表情", "SendEmoji")] // ASCII words kept, a repeated word dropped
    [InlineData("获取所有的群", "GetAllGroup")] // 的 names nothing
    public void The_glossary_translates_a_chinese_summary(string summary, string expected)
    {
        Assert.Equal(expected, Glossary.Translate(summary));
    }

    [Fact]
    public void A_summary_the_glossary_cannot_translate_falls_back_to_the_pinyin_operationId()
    {
        Assert.Null(Glossary.Translate("小红心"));
        Assert.Equal("RecallMessage", OperationNames.Choose("POST", "/测试", null, "撤回消息", null).Name);
        Assert.Equal("ShipinhaoXiaoHongXin", OperationNames.Choose("POST", "/小红心", "shipinhao_xiao_hong_xin", "小红心", null).Name);
    }

    [Fact]
    public void An_override_wins()
    {
        Assert.Equal("ListChatRoomMembers", OperationNames.Choose("POST", "/getChatRoomMember", "qun_cao_zuo_queryGroupList", "获取群成员", "ListChatRoomMembers").Name);
    }

    [Theory]
    [InlineData("qun_cao_zuo_queryGroupList", true)]
    [InlineData("peng_you_quan_deleteSns", true)] // "you" is English, it does not break the run
    [InlineData("shipinhao_createFinder", true)] // one word, three syllables
    [InlineData("XiaoXiXiangQing", true)]
    [InlineData("set_qq_profile", false)]
    [InlineData("get_song_list_by_name", false)] // English words that spell as pinyin
    [InlineData("sns_timeline_delete", false)]
    [InlineData("send_mini_app", false)]
    public void Pinyin_is_told_from_english(string name, bool pinyin)
    {
        Assert.Equal(pinyin, Pinyin.HasPinyin(Identifiers.Words(name)));
    }

    [Theory]
    [InlineData("GetCollectionListResponseDataCollectionSearchListItemSummary", "DataCollectionSearchListItemSummary")]
    [InlineData("GetUnidirectionalFriendListResponseDataItem", "UnidirectionalFriendListResponseDataItem")]
    [InlineData("GetGroupInfoResponseData", "GetGroupInfoResponseData")]
    public void A_composed_type_name_keeps_its_most_specific_words_within_40_characters(string composed, string expected)
    {
        string name = TypeNames.Shorten(composed);

        Assert.Equal(expected, name);
        Assert.True(name.Length <= TypeNames.MaxLength);
    }

    [Fact]
    public void A_clash_suffix_keeps_a_type_name_within_40_characters()
    {
        var scope = new NameScope();

        string first = TypeNames.Reserve(scope, "UpdateGroupSettingsRequireAdminApprovalRequest");
        string second = TypeNames.Reserve(scope, "SetGroupSettingsRequireAdminApprovalRequest");

        Assert.Equal("GroupSettingsRequireAdminApprovalRequest", first);
        Assert.Equal("SettingsRequireAdminApprovalRequest", second); // shortened again rather than GroupSettings…Request2 (41)
    }

    [Fact]
    public void A_long_choice_name_shortens_its_parts_rather_than_start_with_Or_or_add_a_number_to_a_number()
    {
        var scope = new NameScope();
        // Stripe's off_session: boolean or an enum; shortened whole it was OrV1PaymentIntentsRequestOffSession.
        Assert.Equal("BooleanOrIntentsRequestOffSession", TypeNames.ReserveJoined(scope, ["Boolean", "V1PaymentIntentsRequestOffSession"], "Or"));

        // GitHub's Pages source: an enum or an object, named before their union; shortened whole it was …RequestSource22.
        scope.Add("InformationAboutPagesSiteRequestSource");
        scope.Add("InformationAboutPagesSiteRequestSource2");
        Assert.Equal(
            "SiteRequestSourceOrSiteRequestSource2",
            TypeNames.ReserveJoined(scope, ["InformationAboutPagesSiteRequestSource", "InformationAboutPagesSiteRequestSource2"], "Or"));

        // Names that fit, or shorten whole to a free name not starting with the joiner, are as before.
        Assert.Equal("StringOrCustomer", TypeNames.ReserveJoined(scope, ["String", "Customer"], "Or"));
        Assert.Equal("StringOrCustomer2", TypeNames.ReserveJoined(scope, ["String", "Customer"], "Or"));
        Assert.Equal("EmailForAuthenticatedRequestListOrString", TypeNames.ReserveJoined(scope, ["UsersAddEmailForAuthenticatedRequest", "StringList", "String"], "Or"));
    }

    [Theory]
    [InlineData("WenBenXiaoXi", "文本消息", null, true, "TextSegment")] // NapCat: the segment's title
    [InlineData("YiJiHeBingZhuanFaXiaoXi", "一级合并转发消息", null, true, "TopLevelMergeForwardSegment")]
    [InlineData("AnyKey", null, "text", true, "TextSegment")] // a constant wire type wins
    [InlineData("HaoYouXinXi", "好友信息", null, false, "FriendInfo")]
    [InlineData("ZiDingYiYinLeKaPian", "自定义音乐卡片", null, false, "CustomMusicCard")]
    [InlineData("sender", "sender", null, false, "Sender")]
    public void A_component_is_named_from_its_wire_role_or_translated_title(string key, string? title, string? wireType, bool isSegment, string expected)
    {
        string[] properties = isSegment ? ["type", "data"] : ["user_id", "nickname"];

        Assert.Equal(expected, TypeNames.ForComponent(key, null, title, properties, wireType));
    }

    [Fact]
    public void A_component_override_wins()
    {
        Assert.Equal("Friend", TypeNames.ForComponent("HaoYouXinXi", "Friend", "好友信息", ["user_id"], null));
    }

    [Fact]
    public void Enum_members_come_from_declared_names_then_listed_meanings_then_values()
    {
        JsonNode declared = JsonParser.Parse("""{"enum":["0","1"],"x-enum-varnames":["Pending","Done"]}""");
        JsonNode listed = JsonParser.Parse("""{"enum":["0","1","2"],"description":"0:同意所有申请 1:需要管理员确认 2:拒绝所有申请"}""");
        JsonNode bare = JsonParser.Parse("""{"enum":["0","1","2"],"description":"性别"}""");

        Assert.Equal(["Pending", "Done"], EnumMemberNames.Choose(["0", "1"], declared).Select(n => n.Name));
        Assert.Equal(["AcceptAllApply", "RequireAdminConfirm", "RejectAllApply"], EnumMemberNames.Choose(["0", "1", "2"], listed).Select(n => n.Name));
        Assert.Equal("同意所有申请", EnumMemberNames.Choose(["0", "1", "2"], listed)[0].Meaning);
        List<EnumMemberName> values = EnumMemberNames.Choose(["0", "1", "2"], bare);
        Assert.Equal(["Value0", "Value1", "Value2"], values.Select(n => n.Name));
        Assert.All(values, n => Assert.Equal("性别", n.Meaning));
        Assert.Equal(["Owner", "Admin"], EnumMemberNames.Choose(["owner", "admin"], bare).Select(n => n.Name));
    }
}
