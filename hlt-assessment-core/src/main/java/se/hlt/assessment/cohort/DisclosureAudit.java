package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * What an intruder can work out about each hidden count of a {@link SuppressionGrid} from everything it shows:
 * the smallest and largest count consistent with the shown cells and totals, by linear programming (Commons
 * Math's {@link SimplexSolver}), as tau-Argus audits a table. The equations of a table with its margins form a
 * network matrix, whose vertices are whole numbers, so these bounds are those of whole counts too; a jqwik
 * property checks them against brute force.
 *
 * <p>Each layer (the pairs, the pairs with each score) is audited on its own equations; then what one layer tells
 * about another is added: the pairs with a score are never more than the pairs, so a hidden group has at least as
 * many pairs as its smallest possible count with a score, and no more pairs with a score than its largest possible
 * count of pairs.
 */
final class DisclosureAudit {

    /** Enough pivots for any table a cohort makes; a table that needs more is not one. */
    private static final int MAX_ITERATIONS = 100_000;

    /**
     * The bounds of a hidden count.
     *
     * @param lower the smallest count consistent with the table
     * @param upper the largest, when anything bounds it
     */
    record Bounds(long lower, OptionalLong upper) {

        /** Whether the count is known to within fewer than {@code minimum} (pinned, when the two are equal). */
        boolean narrowerThan(int minimum) {
            return upper.isPresent() && upper.getAsLong() - lower < minimum;
        }
    }

    private DisclosureAudit() {
    }

    /**
     * The first hidden position, row by row, that some layer pins or narrows to fewer than {@code minimum} counts.
     *
     * @throws IllegalStateException if the shown counts contradict each other (no table has them)
     */
    static Optional<int[]> firstNarrow(SuppressionGrid grid, int minimum) {
        List<int[]> hidden = hiddenPositions(grid);
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        Bounds[][] bounds = new Bounds[grid.layers()][];
        for (int layer = 0; layer < grid.layers(); layer++) {
            bounds[layer] = bounds(grid, layer, hidden);
        }
        for (int h = 0; h < hidden.size(); h++) {
            Bounds pairs = bounds[0][h];
            long lower = pairs.lower();
            for (int layer = 1; layer < grid.layers(); layer++) {
                lower = Math.max(lower, bounds[layer][h].lower());
            }
            if (new Bounds(lower, pairs.upper()).narrowerThan(minimum)) {
                return Optional.of(hidden.get(h));
            }
            for (int layer = 1; layer < grid.layers(); layer++) {
                Bounds b = bounds[layer][h];
                OptionalLong upper = b.upper().isEmpty() ? pairs.upper() : pairs.upper().isEmpty() ? b.upper()
                        : OptionalLong.of(Math.min(b.upper().getAsLong(), pairs.upper().getAsLong()));
                if (new Bounds(b.lower(), upper).narrowerThan(minimum)) {
                    return Optional.of(hidden.get(h));
                }
            }
        }
        return Optional.empty();
    }

    /** The hidden displayed positions, row by row. */
    static List<int[]> hiddenPositions(SuppressionGrid grid) {
        List<int[]> hidden = new ArrayList<>();
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                if (grid.displayed[r][c] && grid.hidden[r][c]) {
                    hidden.add(new int[] {r, c});
                }
            }
        }
        return hidden;
    }

    /** The bounds of each of {@code hidden} in one layer, from that layer's shown counts. */
    static Bounds[] bounds(SuppressionGrid grid, int layer, List<int[]> hidden) {
        int[][] variable = new int[grid.rows + 1][grid.columns + 1];
        for (int[] row : variable) {
            java.util.Arrays.fill(row, -1);
        }
        for (int h = 0; h < hidden.size(); h++) {
            variable[hidden.get(h)[0]][hidden.get(h)[1]] = h;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        boolean[] constrained = new boolean[hidden.size()];
        for (int[][] equation : grid.equations) {
            double[] coefficients = new double[hidden.size()];
            double known = 0;
            boolean any = false;
            for (int i = 0; i < equation.length; i++) {
                int[] p = equation[i];
                double sign = i == equation.length - 1 ? -1 : 1; // the cells less their total make 0
                int v = variable[p[0]][p[1]];
                if (v >= 0) {
                    coefficients[v] += sign;
                    constrained[v] = true;
                    any = true;
                } else {
                    known += sign * grid.counts[layer][p[0]][p[1]];
                }
            }
            if (any) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -known));
            }
        }
        Bounds[] bounds = new Bounds[hidden.size()];
        for (int h = 0; h < hidden.size(); h++) {
            bounds[h] = constrained[h] ? solve(constraints, h, hidden.size()) : new Bounds(0, OptionalLong.empty());
        }
        return bounds;
    }

    private static Bounds solve(List<LinearConstraint> constraints, int variable, int variables) {
        double[] objective = new double[variables];
        objective[variable] = 1;
        long lower = Math.max(0, Math.round(optimum(constraints, objective, GoalType.MINIMIZE).orElseThrow()));
        Optional<Double> upper = optimum(constraints, objective, GoalType.MAXIMIZE);
        return new Bounds(lower, upper.map(u -> OptionalLong.of(Math.round(u))).orElse(OptionalLong.empty()));
    }

    /** The optimum of the objective, or empty when it is unbounded. */
    private static Optional<Double> optimum(List<LinearConstraint> constraints, double[] objective, GoalType goal) {
        try {
            PointValuePair best = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true));
            return Optional.of(best.getValue());
        } catch (UnboundedSolutionException e) {
            return Optional.empty();
        } catch (NoFeasibleSolutionException e) {
            throw new IllegalStateException("the shown counts contradict each other", e);
        }
    }
}
