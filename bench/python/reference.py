"""The references the benches compare against, measured in the same run (issue 18).

Reads one JSON request on stdin, writes one JSON answer on stdout. Run by bench/reference.ts as
/usr/bin/python3 with PYTHONPATH=../shared/peers (beside the repository). Requests:

  {"task": "suggest", "cases": [{"name", "bounds": [[lo, hi], ...], "X": [[...]], "y": [...],
    "repeats"}]}
      bayes_opt 3.3.0's BayesianOptimization.suggest() (scikit-learn GP fit with 5 restarts,
      then EI (xi 0.01) maximized from 10,000 random points and 10 L-BFGS-B starts) on the given
      observations: median ms per case.
  {"task": "predict", "cases": [{"name", "X", "y", "lengthScale", "grid": [[...]], "repeats"}]}
      GaussianProcessRegressor(Matern 5/2, fixed length scale).predict(return_std=True) + EI over
      the grid: median ms per case.
"""
import json
import statistics
import sys
import time
import types
import warnings

# bayes_opt imports colorama only to colour its console log, which the benches silence; Debian
# does not ship it beside python3-sklearn, so an inert stand-in keeps the import working.
if "colorama" not in sys.modules:
    try:
        import colorama  # noqa: F401
    except ImportError:
        shim = types.ModuleType("colorama")
        shim.Fore = types.SimpleNamespace(RESET="", RED="", GREEN="", BLUE="", YELLOW="", CYAN="", MAGENTA="", WHITE="", BLACK="")
        shim.just_fix_windows_console = lambda: None
        sys.modules["colorama"] = shim

import numpy as np
import sklearn
from scipy.stats import norm
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import Matern

warnings.filterwarnings("ignore")


def median_ms(fn, repeats, setup=lambda: None):
    """Median wall time of fn(setup()) over repeats; setup is not timed."""
    samples = []
    for _ in range(repeats):
        arg = setup()
        t0 = time.perf_counter()
        fn(arg)
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def suggest_case(case):
    from bayes_opt import BayesianOptimization, acquisition

    bounds = {f"x{k}": tuple(b) for k, b in enumerate(case["bounds"])}
    X = case["X"]
    y = case["y"]

    def setup():
        opt = BayesianOptimization(
            f=None,
            pbounds=bounds,
            acquisition_function=acquisition.ExpectedImprovement(xi=0.01),
            random_state=1,
            verbose=0,
            allow_duplicate_points=True,
        )
        for x, v in zip(X, y):
            opt.register(params={f"x{k}": xv for k, xv in enumerate(x)}, target=v)
        return opt

    return median_ms(lambda opt: opt.suggest(), case.get("repeats", 3), setup)


def predict_case(case):
    X = np.array(case["X"])
    y = np.array(case["y"])
    grid = np.array(case["grid"])
    gp = GaussianProcessRegressor(
        kernel=Matern(length_scale=case["lengthScale"], nu=2.5, length_scale_bounds="fixed"),
        alpha=1e-6,
        normalize_y=True,
        optimizer=None,
    ).fit(X, y)
    best = y.max()

    def run(_):
        mean, std = gp.predict(grid, return_std=True)
        z = (mean - best - 0.01) / np.maximum(std, 1e-12)
        (mean - best - 0.01) * norm.cdf(z) + std * norm.pdf(z)

    return median_ms(run, case.get("repeats", 5))


def main():
    req = json.load(sys.stdin)
    run = {"suggest": suggest_case, "predict": predict_case}[req["task"]]
    out = {"sklearn": sklearn.__version__, "ms": {}}
    for case in req["cases"]:
        out["ms"][case["name"]] = run(case)
    json.dump(out, sys.stdout)


main()
