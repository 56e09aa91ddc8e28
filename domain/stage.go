package domain

// Stage is a level of the relationship pyramid, 1 (exploratory) to 5 (integrated).
type Stage int

const (
	StageExploratory Stage = iota + 1
	StageBasic
	StageCooperative
	StageInterdependent
	StageIntegrated
)

// Stages lists the stages from the base of the pyramid up.
var Stages = []Stage{StageExploratory, StageBasic, StageCooperative, StageInterdependent, StageIntegrated}

// Valid reports whether s is one of the five stages.
func (s Stage) Valid() bool { return s >= StageExploratory && s <= StageIntegrated }

// StageWarning flags a stage that disagrees strongly with the share of wallet (app rule):
// interdependent or integrated under 30 %, or exploratory and basic above 70 %.
func (p *Plan) StageWarning() *Warning {
	sow, ok := p.Wallet.ShareOfWallet()
	if !ok || !p.StageNow.Valid() {
		return nil
	}
	switch {
	case p.StageNow >= StageInterdependent && sow < 30:
		return &Warning{Key: "warn.stage_high_sow_low", Args: []any{sow}, Msg: "The relationship stage is high but the share of wallet is under 30 %"}
	case p.StageNow <= StageBasic && sow > 70:
		return &Warning{Key: "warn.stage_low_sow_high", Args: []any{sow}, Msg: "The relationship stage is low but the share of wallet is over 70 %"}
	}
	return nil
}
