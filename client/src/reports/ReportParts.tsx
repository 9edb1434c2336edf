import { Box, Card, CardContent, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useReportFormat } from './format';

/** Colours for slices that have none of their own (a label without a colour). */
export const PALETTE = [
  '#1976d2',
  '#2e7d32',
  '#ed6c02',
  '#9c27b0',
  '#00838f',
  '#c2185b',
  '#6d4c41',
  '#5c6bc0',
  '#afb42b',
  '#757575',
];
/** Unlabelled time and "none" slices. */
export const NEUTRAL = '#bdbdbd';

/** A small colour square tying a table row or column to its slice or bar. */
export const Swatch = ({ color }: { color: string }) => (
  <Box
    component="span"
    data-testid="swatch"
    data-color={color}
    aria-hidden
    sx={{
      display: 'inline-block',
      width: 12,
      height: 12,
      borderRadius: '2px',
      bgcolor: color,
      mr: 1,
      verticalAlign: 'middle',
      flexShrink: 0,
    }}
  />
);

/** Says that the filters leave nothing to show, and offers to clear them. */
export const EmptyReport = ({ onClear, testId = 'report-empty' }: { onClear?: () => void; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId} sx={{ mb: 2 }}>
      <CardContent sx={{ textAlign: 'center', py: 4 }}>
        <Typography variant="h6">{translate('app.reportsView.empty')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: onClear ? 1 : 0 }}>
          {translate(onClear ? 'app.reportsView.emptyHint' : 'app.reportsView.emptyNoFilters')}
        </Typography>
        {onClear && <Button label="app.reportsView.clearFilters" onClick={onClear} />}
      </CardContent>
    </Card>
  );
};

export interface Slice {
  key: string;
  name: string;
  value: number;
  color: string;
}

/** A slice's label on the pie only where it fits: a share of 5% or more. */
const LABEL_MIN_SHARE = 0.06;

interface SliceLabel {
  cx?: number;
  cy?: number;
  midAngle?: number;
  outerRadius?: number;
  percent?: number;
  value?: number;
}

/** The share written inside its slice (outside labels get cut off at the card's edge), on slices wide enough for it. */
const SliceShare = ({
  cx = 0,
  cy = 0,
  midAngle = 0,
  outerRadius = 0,
  percent = 0,
  text,
}: SliceLabel & { text: string }) => {
  if (percent < LABEL_MIN_SHARE) return null;
  const radians = (-midAngle * Math.PI) / 180;
  const r = outerRadius * 0.65;
  return (
    <text
      x={cx + r * Math.cos(radians)}
      y={cy + r * Math.sin(radians)}
      fill="#fff"
      fontSize={12}
      fontWeight={600}
      textAnchor="middle"
      dominantBaseline="central"
      style={{ paintOrder: 'stroke' }}
      stroke="rgba(0,0,0,0.35)"
      strokeWidth={2}
    >
      {text}
    </text>
  );
};

/**
 * A pie with its legend (name and share per slice), a tooltip with name,
 * value and share, and shares on the slices large enough to hold them.
 */
export const SharePie = ({
  slices,
  unit,
  testId,
  total: whole,
}: {
  slices: Slice[];
  unit?: string;
  testId?: string;
  /** What the shares are of, when some slices are left out (groups of fewer than 5); else their sum. */
  total?: number;
}) => {
  const { percent, number } = useReportFormat();
  const total = whole ?? slices.reduce((sum, s) => sum + s.value, 0);
  const share = (value: number) => (total ? value / total : 0);
  const shown = slices.filter((s) => s.value > 0);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }} data-testid={testId}>
      <Box sx={{ height: 260, flex: '1 1 240px', minWidth: 220 }}>
        <ResponsiveContainer>
          <PieChart>
            <Pie
              data={shown}
              dataKey="value"
              nameKey="name"
              outerRadius={100}
              isAnimationActive={false}
              labelLine={false}
              label={(e: SliceLabel) => <SliceShare {...e} text={percent(share(e.value ?? 0))} />}
            >
              {shown.map((s) => (
                <Cell key={s.key} fill={s.color} />
              ))}
            </Pie>
            <Tooltip
              formatter={(value, name) => [
                `${number(Number(value))}${unit ? ` ${unit}` : ''} · ${percent(share(Number(value)))}`,
                name,
              ]}
            />
          </PieChart>
        </ResponsiveContainer>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, flex: '1 1 200px' }} data-testid="pie-legend">
        {shown.map((s) => (
          <Box
            component="li"
            key={s.key}
            data-testid="legend-item"
            sx={{ display: 'flex', alignItems: 'center', py: 0.25 }}
          >
            <Swatch color={s.color} />
            <Typography variant="body2" component="span" sx={{ flex: 1 }}>
              {s.name}
            </Typography>
            <Typography variant="body2" component="span" sx={{ ml: 1, fontVariantNumeric: 'tabular-nums' }}>
              {percent(share(s.value))}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
