import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI
@testable import ShequText

/// The home screen and the community form driven by keys, checked against
/// the screen and against the files on disk.
final class CommunitiesFlowTests: XCTestCase {
    func testNewCommunityTypedInChineseIsSavedToItsFile() throws {
        let app = try Harness()
        app.press(.char("n")).type("和平里社区").press(.tab).type("新城桥街道").press(.tab, .tab).type("4200").press(.ctrl("s"))
        let saved = try XCTUnwrap(app.onDisk.first { $0.name == "和平里社区" })
        XCTAssertEqual(saved.street, "新城桥街道")
        XCTAssertEqual(saved.population, 4200)
        XCTAssertTrue(RecordID.isValid(saved.id))
        XCTAssertTrue(saved.id.hasPrefix("c-"), "the id is generated, not derived from the name")
        XCTAssertTrue(app.screen.contains("已保存：和平里社区"))
        XCTAssertTrue(app.screen.contains("和平里社区    新城桥街道"), app.screen)
    }

    func testEnterMovesOnAndMakesALineBreakInTheMultiLineNotes() throws {
        let app = try Harness()
        app.press(.char("n")).type("甲社区")
        for _ in 0..<9 { app.press(.enter) }
        XCTAssertEqual(app.state.pages.count, 1, "still typing")
        app.type("第一行").press(.enter).type("第二行").press(.enter, .ctrl("s"))
        XCTAssertEqual(app.onDisk.first { $0.name == "甲社区" }?.notes, "第一行\n第二行", "the last line break is trimmed")
        XCTAssertTrue(app.state.pages.isEmpty, "the form closed after saving")
    }

    func testInvalidFormIsRefusedAndNothingIsSaved() throws {
        let app = try Harness()
        app.press(.char("n"), .tab, .tab, .tab).type("三千").press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("名称必填"), app.screen)
        XCTAssertEqual(app.onDisk.count, SampleStreet.communities(today: Harness.today).count)
        guard case .record(let form) = app.state.pages.last else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.focusKey, .name, "focus goes to the first invalid field")
        app.type("乙社区").press(.function(2))
        XCTAssertTrue(app.screen.contains("应为整数"), app.screen)
        XCTAssertEqual(app.onDisk.count, SampleStreet.communities(today: Harness.today).count)
    }

    func testEditChangesTheFileAndUndoRedoRestoreIt() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区").press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.name, "北濠桥新社区")
        app.press(.char("u"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.name, "北濠桥社区")
        XCTAssertTrue(app.screen.contains("已撤销：编辑社区“北濠桥新社区”"), app.screen)
        app.press(.ctrl("r"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.name, "北濠桥新社区")
        XCTAssertTrue(app.screen.contains("已重做"), app.screen)
    }

    func testDeleteAsksFirstAndUndoBringsItBack() throws {
        let app = try Harness()
        app.press(.char("d"))
        XCTAssertTrue(app.screen.contains("删除社区“北濠桥社区”？(y/n)"))
        app.press(.char("n"))
        XCTAssertEqual(app.onDisk.count, 9)
        app.press(.delete, .char("y"))
        XCTAssertEqual(app.onDisk.count, 8)
        XCTAssertFalse(app.screen.contains("北濠桥社区    新城桥街道"))
        app.press(.char("u"))
        XCTAssertEqual(app.onDisk.count, 9)
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.contacts.count, 2, "the whole record returns")
        app.press(.ctrl("r"))
        XCTAssertEqual(app.onDisk.count, 8)
    }

    func testUndoOfANewCommunityRemovesItAndRedoAddsIt() throws {
        let app = try Harness(sample: false)
        app.press(.char("e"))  // welcome: start empty
        app.press(.char("n")).type("丙社区").press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.map(\.name), ["丙社区"])
        app.press(.char("u"))
        XCTAssertEqual(app.onDisk, [])
        XCTAssertTrue(app.screen.contains("还没有社区"), app.screen)
        app.press(.ctrl("r"))
        XCTAssertEqual(app.onDisk.map(\.name), ["丙社区"])
        app.press(.char("u"), .char("u"))
        XCTAssertTrue(app.screen.contains("没有可撤销的操作"), app.screen)
    }

    func testEscapeOnAChangedFormAsksBeforeDiscarding() throws {
        let app = try Harness()
        app.press(.char("n")).type("丁").press(.escape)
        XCTAssertTrue(app.screen.contains("放弃未保存的修改？(y/n)"))
        app.press(.char("n"))
        guard case .record = app.state.pages.last else { return XCTFail("the form stays open after 'no'") }
        app.press(.escape, .char("y"))
        XCTAssertTrue(app.state.pages.isEmpty)
        XCTAssertEqual(app.onDisk.count, 9)
        app.press(.char("n"), .escape)
        XCTAssertTrue(app.state.pages.isEmpty, "an untouched form closes without asking")
    }

    func testFilterMatchesChineseSubstringAndEscClears() throws {
        let app = try Harness()
        app.press(.char("/")).type("濠")
        let rows = app.screen.split(separator: "\n").filter { $0.contains("社区") && $0.contains("街道") }
        XCTAssertEqual(rows.count, 2, app.screen)
        app.press(.enter, .enter)
        guard case .community(let page) = app.state.pages.last else {
            return XCTFail("Enter opens the filtered selection")
        }
        XCTAssertEqual(page.communityID, "c-demo05")
        app.press(.escape, .escape)
        XCTAssertEqual(app.state.home.filter, "")
        XCTAssertFalse(app.state.isQuitting, "Esc clears the filter before it quits")
    }

    func testFilterAlsoMatchesStreetAndContacts() throws {
        let app = try Harness()
        app.press(.char("/")).type("陈志刚").press(.enter)
        XCTAssertEqual(app.state.homeRows.map(\.key), ["c-demo04"])
    }

    func testSortCyclesAndKeepsTheSelection() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"))  // 德民社区
        app.press(.char("o"), .char("o"))
        XCTAssertEqual(app.state.home.sort, .population)
        XCTAssertEqual(app.state.homeRows[app.state.home.list.selected].key, "c-demo07")
        XCTAssertEqual(app.state.homeRows.first?.key, "c-demo07", "largest population first")
        app.press(.char("o"), .char("o"))
        XCTAssertEqual(app.state.home.sort, .name)
    }

    func testNameSortFollowsPinyin() throws {
        let app = try Harness()
        let names = app.state.homeRows.compactMap { row -> String? in
            if case .community(let c) = row { return c.name } else { return nil }
        }
        XCTAssertEqual(names.prefix(4), ["北濠桥社区", "城东社区", "德民社区", "阜新街社区"])
    }

    func testMovementKeysAndMouse() throws {
        let app = try Harness()
        app.press(.char("G"))
        XCTAssertEqual(app.state.home.list.selected, 8)
        app.press(.char("g"), .down, .char("j"), .up)
        XCTAssertEqual(app.state.home.list.selected, 1)
        app.press(.pageDown)
        XCTAssertEqual(app.state.home.list.selected, 8)
        app.send(.mouse(MouseEvent(.press, column: 5, row: 4)))
        XCTAssertEqual(app.state.home.list.selected, 2)
        app.send(.mouse(MouseEvent(.wheelDown, column: 5, row: 4)))
        XCTAssertEqual(app.state.home.list.selected, 5)
        app.send(.mouse(MouseEvent(.wheelUp, column: 5, row: 4)))
        XCTAssertEqual(app.state.home.list.selected, 2)
    }

    func testListScrollsToKeepTheSelectionVisible() throws {
        let app = try Harness(columns: 60, rows: 16)
        app.resize(columns: 60, rows: 8)
        app.resize(columns: 60, rows: 16)
        for _ in 0..<12 { app.press(.char("n")).type("新社区\(DisplayWidth.of("x"))").press(.ctrl("s")) }
        app.press(.char("G"))
        XCTAssertTrue(app.screen.contains("钟秀社区"), app.screen)
        XCTAssertFalse(app.screen.contains("北濠桥社区"), "the top has scrolled away")
    }

    func testHelpListsTheKeysOfTheScreenFromItsKeyTable() throws {
        let app = try Harness()
        app.press(.char("?"))
        // R is a supervisor's, s and H need a data directory set up for sync (SyncFlowTests, SyncKeysTests).
        for binding in AppState.homeKeys.bindings where !["R", "s", "H"].contains(binding.label) {
            XCTAssertTrue(app.screen.contains(binding.label), binding.label)
            XCTAssertTrue(app.screen.contains(Language.zh(binding.help)), binding.label)
        }
        for binding in AppState.globalKeys.bindings {
            XCTAssertTrue(app.screen.contains(binding.label + " "), binding.label)
        }
        XCTAssertFalse(
            app.screen.contains(Language.zh(L.keyReviews)), "R is a supervisor's key: not listed for a clerk")
        let supervisor = try Harness(role: .supervisor)
        supervisor.press(.escape, .char("?"))
        XCTAssertTrue(supervisor.screen.contains(Language.zh(L.keyReviews)), supervisor.screen)
        app.press(.char("x"))
        XCTAssertFalse(app.state.showingHelp)
        app.press(.char("n"), .function(1))
        XCTAssertTrue(app.screen.contains("Ctrl-S F2"), app.screen)
    }

    func testHelpScrollsToItsEndAndNoFurther() throws {
        let app = try Harness(columns: 60, rows: 16)
        app.press(.char("?"))
        XCTAssertFalse(app.screen.contains("Q Ctrl-C"), "the last keys start below the fold at 60x16")
        for _ in 0..<50 { app.press(.down) }
        XCTAssertTrue(app.screen.contains("Q Ctrl-C"), app.screen)
        XCTAssertEqual(app.state.helpOffset, app.state.helpMaxOffset)
        app.press(.up)
        XCTAssertEqual(app.state.helpOffset, app.state.helpMaxOffset - 1, "one step back up, however far it was pushed")
    }

    func testEveryHintedKeyOfTheHomeScreenDoesSomething() throws {
        for binding in AppState.homeKeys.bindings where binding.hint {
            let app = try Harness()
            let before = app.screen
            app.press(binding.keys[0])
            XCTAssertTrue(app.screen != before || app.state.isQuitting, "\(binding.label) changed nothing")
        }
    }

    func testOpeningACommunityShowsItsOverviewAndEscReturns() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter)
        XCTAssertTrue(app.screen.contains("陈志刚"), app.screen)
        XCTAssertTrue(app.screen.contains("概况"))
        XCTAssertTrue(app.screen.contains("概况   工作计划   活动台账   检查考评"), app.screen)
        app.press(.char("e"), .ctrl("u")).type("濠景园新社区").press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("社区工作台 > 濠景园新社区"), "the page shows the edit")
        app.press(.char("d"), .char("y"))
        XCTAssertTrue(app.state.pages.isEmpty, "deleting the open community returns home")
        app.press(.char("u"))
        XCTAssertNotNil(app.onDisk.first { $0.name == "濠景园新社区" })
    }

    func testQuitKeys() throws {
        XCTAssertTrue(try Harness().press(.char("q")).state.isQuitting)
        XCTAssertTrue(try Harness().press(.char("Q")).state.isQuitting)
        XCTAssertTrue(try Harness().press(.enter, .ctrl("c")).state.isQuitting)
        let typing = try Harness().press(.char("n")).type("Q")
        XCTAssertFalse(typing.state.isQuitting, "Q is text in a form")
        typing.press(.ctrl("c"))
        XCTAssertFalse(typing.state.isQuitting, "Ctrl-C asks first when the form has unsaved text")
        typing.press(.char("y"))
        XCTAssertTrue(typing.state.isQuitting)
    }

    func testWelcomeLoadsTheSampleStreet() throws {
        let app = try Harness(sample: false)
        XCTAssertTrue(app.screen.contains("欢迎使用社区工作台"))
        app.press(.char("s"))
        XCTAssertEqual(app.onDisk.count, SampleStreet.communities(today: Harness.today).count)
        XCTAssertTrue(app.screen.contains("已载入示例街道：9 个社区"), app.screen)
        XCTAssertTrue(app.screen.contains("濠景园社区"))
    }

    func testReadOnlyRefusesChanges() throws {
        let app = try Harness(readOnly: true)
        XCTAssertTrue(app.screen.contains("[只读]"))
        app.press(.char("n"))
        XCTAssertTrue(app.state.pages.isEmpty)
        app.press(.char("d"))
        XCTAssertNil(app.state.prompt)
        XCTAssertTrue(app.screen.contains("以只读方式打开"), app.screen)
    }

    func testBrokenFileIsListedAndCannotBeEdited() throws {
        let app = try Harness { directory in
            FileManager.default.createFile(
                atPath: directory.appendingPathComponent("communities/c-broken.json").path,
                contents: Data("{\"schema\": 1,".utf8))
        }
        XCTAssertTrue(app.screen.contains("c-broken.json  无法读取"), app.screen)
        XCTAssertTrue(app.screen.contains("1 个数据文件无法读取"), app.screen)
        app.press(.char("G"), .char("e"))
        XCTAssertTrue(app.screen.contains("该文件无法读取"), app.screen)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("无法读取：communities/c-broken.json"), app.screen)
    }

    func testNewerSchemaCommunityIsReadOnly() throws {
        let app = try Harness { directory in
            FileManager.default.createFile(
                atPath: directory.appendingPathComponent("communities/c-future.json").path,
                contents: Data(#"{"schema": 2, "id": "c-future", "name": "阿未来社区"}"#.utf8))
        }
        app.press(.char("e"))
        XCTAssertTrue(app.screen.contains("由更新版本的程序写入"), app.screen)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("[只读]"), app.screen)
    }

    func testEveryTerminalSizeRendersWithoutCrashing() throws {
        let app = try Harness()
        for (columns, rows) in [(1, 1), (0, 0), (5, 3), (59, 16), (60, 15), (60, 16), (61, 17), (200, 60)] {
            app.resize(columns: columns, rows: rows)
            XCTAssertEqual(app.terminal.lastFrame?.size, Size(columns: columns, rows: rows))
        }
        app.resize(columns: 40, rows: 10)
        XCTAssertTrue(app.screen.contains("终端太小"))
        app.press(.char("Q"))
        XCTAssertTrue(app.state.isQuitting, "Q quits even when too small")
    }

    func testAPhraseCommittedAtOnceIsDrawnOnce() throws {
        let app = try Harness()
        app.press(.char("n"))
        let beforeOneKey = app.terminal.frameCount
        app.type("新")
        let framesForOneKey = app.terminal.frameCount - beforeOneKey
        let beforePhrase = app.terminal.frameCount
        app.type("城桥街道濠景园社区")
        XCTAssertEqual(
            app.terminal.frameCount - beforePhrase, framesForOneKey,
            "the runner takes every pending character before drawing")
    }

    func testInputMethodPhraseArrivesIntactAndCaretMovesByCharacter() throws {
        let app = try Harness()
        app.press(.char("n")).type("濠景园").press(.left, .left, .backspace).type("北")
        guard case .record(let form) = app.state.pages.last else { return XCTFail() }
        XCTAssertEqual(form.field.text, "北景园")
        XCTAssertEqual(
            app.terminal.lastFrame?.cursor, ScreenBuffer.Cursor(column: 17, row: 2),
            "the cursor sits at the caret for the input method")
    }
}

final class ChangedOnDiskFlowTests: XCTestCase {
    func testAHandEditWhileOpenIsCombinedWithWhatTheFormSaves() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区")
        let file = app.directory.appendingPathComponent("communities/c-demo05.json")
        let handEdited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "\"households\" : 2690", with: "\"households\" : 2700")
        try handEdited.write(to: file, atomically: true, encoding: .utf8)
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("已与期间收到的修改合并：修改社区信息"), app.screen)
        let saved = app.onDisk.first { $0.id == "c-demo05" }
        XCTAssertEqual(saved?.name, "北濠桥新社区", "what was typed is saved")
        XCTAssertEqual(saved?.households, 2700, "and the value changed outside, which the clerk did not touch, kept")
        XCTAssertEqual(app.state.community(id: "c-demo05")?.households, 2700, "the app holds what the file holds")
    }

    func testAHandEditOfTheSameFieldIsNotOverwrittenAndTheFormKeepsTheText() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区")
        let file = app.directory.appendingPathComponent("communities/c-demo05.json")
        let handEdited = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"households\" : 2690", with: "\"households\" : 2700")
            .replacingOccurrences(of: "北濠桥社区", with: "手改社区")
        try handEdited.write(to: file, atomically: true, encoding: .utf8)
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen.filter { $0 != "\n" && $0 != " " }.contains("两边都改了"), app.screen)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), handEdited, "the hand edit is kept")
        guard case .record(let form) = app.state.pages.last else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.field.text, "北濠桥新社区", "what the clerk typed is still there")
        XCTAssertEqual(app.state.community(id: "c-demo05")?.households, 2700, "the app took in the hand edit")
        app.press(.ctrl("s"))
        let saved = app.onDisk.first { $0.id == "c-demo05" }
        XCTAssertEqual(saved?.name, "北濠桥新社区", "saving again writes what was typed")
        XCTAssertEqual(saved?.households, 2700, "and keeps the value changed outside, which the clerk did not touch")
    }

    func testAFileWithValuesOutOfRangeIsPointedOutOnOpening() throws {
        let app = try Harness { directory in
            let file = directory.appendingPathComponent("communities/c-demo05.json")
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            try? text.replacingOccurrences(of: "\"households\" : 2690", with: "\"households\" : -5")
                .write(to: file, atomically: true, encoding: .utf8)
        }
        XCTAssertTrue(app.screen.contains("1 个社区文件含有超出范围的数值"), app.screen)
        XCTAssertTrue(app.screen.contains("北濠桥社区"), "it still opens")
    }

    func testTheWarningIsReadWholeAt80And100Columns() throws {
        for columns in [80, 100] {
            let app = try Harness(columns: columns)
            app.press(.char("e"), .ctrl("u")).type("北濠桥新社区")
            let file = app.directory.appendingPathComponent("communities/c-demo05.json")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "北濠桥社区", with: "手改社区").write(
                to: file, atomically: true, encoding: .utf8)
            app.press(.ctrl("s"))
            let flat = app.screen.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
            XCTAssertTrue(flat.contains("其余为文件中的新值，请核对后再保存"), app.screen)
        }
    }

    func testAFileANewerShequWroteWhileOpenBecomesReadOnlyAndIsNotWritten() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区")
        let file = app.directory.appendingPathComponent("communities/c-demo05.json")
        let newer = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "\"schema\" : 1", with: "\"schema\" : 2,\n  \"futureField\" : [1]")
        try newer.write(to: file, atomically: true, encoding: .utf8)
        app.press(.ctrl("s"), .ctrl("s"))
        XCTAssertTrue(app.screen.contains("由更新版本"), app.screen)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), newer, "never written back as schema 1")
        XCTAssertNotNil(app.state.reasonNotEditable(id: "c-demo05"), "the reloaded community is read-only")
    }
}

/// One reader: a file whose id no longer matches its name is refused when a
/// community is opened as it is by the listing, with the same message.
final class OneReaderFlowTests: XCTestCase {
    func testAnIDChangedFromOutsideIsRefusedOnOpeningAndNothingIsWrittenUnderTheNewID() throws {
        let app = try Harness(headlines: true)
        let file = app.directory.appendingPathComponent("communities/c-demo01.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"id\" : \"c-demo01\"", with: "\"id\" : \"c-zzz\"")
            .write(to: file, atomically: true, encoding: .utf8)
        app.press(.char("/")).type("阜新街").press(.enter, .enter)
        XCTAssertTrue(
            app.screen.contains("无法打开 communities/c-demo01.json：id: “c-zzz”与文件名不一致"),
            "opening says why, as the listing would:\n" + app.screen)
        XCTAssertFalse(app.screen.contains("概况"), "the community does not open:\n" + app.screen)
        app.press(.char("e"))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(
                atPath: app.directory.appendingPathComponent("communities").path
            )
            .filter { $0.hasPrefix("c-zzz") }, [], "no second file")
        let listing = try CommunityStore(root: app.directory, readOnly: true).load()
        XCTAssertEqual(listing.unreadable.map(\.file), ["communities/c-demo01.json"])
        XCTAssertEqual(
            listing.unreadable.first?.problem.message, app.state.unreadable.first?.problem.message,
            "the listing and the opening say the same")
    }
}
