// A ChartTable as an HTML table: caption, column headers and row headers with scope.
import type { ChartTable } from '../charts/summaryText';

export function DataTableView({ table }: { table: ChartTable }) {
  return (
    <table className="chart-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i} scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
