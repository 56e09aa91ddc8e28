// Package editor is the plan editor: the open plan of one account, in three phases of pages.
//
// The core is the Editor (editor.go): the account and plan it edits (a domain.Doc), every change
// applied there as a domain edit with its inverse kept for undo and redo, the save shortly after
// and the header saying whether what is on screen is saved (save.go), the conflict with another
// writer and the changes it left unsaved (unsaved.go). Every edit, undo and redo is saved with
// its entry in the plan's journal, signed with the person's name, and undo and redo start
// from the journal when the plan is opened again (journal.go).
//
// Each page is one small type behind the page interface (pages.go): it draws itself from the
// plan and says which lists and fields it shows. pageList registers the pages by their
// shell.Page key, in reading order. The page on screen is drawn when the plan opens, each other
// page when it is first shown. An edit marks the other drawn pages that show it, and they are
// drawn again when next shown; an undo or redo draws again, at once, the page it turns to (the
// page the edit was made on, when that page shows it, else the edit's own page, pageof.go).
// Figures that follow every edit (share of wallet, totals, warnings) are live: Editor.live.
//
//	Knowledge   Profile            profilePage        page_profile.go, team.go (our account team)
//	            Wallet             walletPage         page_wallet.go
//	            White space        whiteSpacePage     page_whitespace.go, whitespace_dialogs.go
//	            SWOT               swotPage           page_swot.go
//	            Stakeholders       stakeholdersPage   page_stakeholders.go, contact_dialog.go
//	            Relationship map   relmapPage         page_relmap.go, relmap_links.go (informal links)
//	            Influence map      influencePage      page_influence.go
//	            Coverage           coveragePage       page_coverage.go, contact_coverage.go
//	            Stage              stagePage          page_stage.go
//	Vision      Strategies         strategiesPage     page_strategies.go
//	            Portfolio          portfolioPage      page_portfolio.go, criteria.go (strength criteria)
//	            Value              valuePage          page_value.go
//	            Objectives         objectivesPage     page_objectives.go, objective_dialog.go
//	Commitment  Actions            actionsPage        page_actions.go, action_dialog.go
//	            KPIs               kpisPage           page_kpis.go
//	            Sign-off           signoffPage        page_signoff.go
//	            History            historyPage        page_history.go, subpackage historylist
//
// Shared by the pages: lists.go (rows of a list of the plan, each bound to an element by id),
// warnings.go (warnings under the fields they concern), words.go (texts), pagetabs.go (the side
// navigation of a phase).
//
// Subpackages: bind holds the fields bound to a value of the plan, their parsers and the state
// of what is typed; forms holds the dialogs' forms for one element (a contact, an objective, an
// action, a KPI, a strategy, a white-space cell); historylist lists the plan's journal in
// words, filtered by section and person, a page at a time.
//
// The editor reaches the app through shell.Shell and the plans through the store it gives.
package editor
