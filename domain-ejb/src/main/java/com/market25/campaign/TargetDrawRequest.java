package com.market25.campaign;

import java.math.BigDecimal;
import java.util.List;

/**
 * How to draw: the sources, the share of the control group (0 – 0.9), the random seed (kept, so the
 * same draw can be made again; {@code null} picks one) and whether to stratify by RFM cell.
 */
public record TargetDrawRequest(List<TargetSource> sources, BigDecimal controlRatio, Long seed, boolean stratified) {
}
