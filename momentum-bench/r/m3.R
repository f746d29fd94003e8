# R's forecast package on (a subset of) M3 monthly, for the forecast-m3 benchmark's same-run comparison.
#
# Rscript m3.R OBSERVATIONS SERIES OUTDIR [--every K] [--first N] [--cores C] [--methods ets,arima,theta]
#
# Reads the M3 files in formats.md's layout ("Forecasting data"), takes every K-th series in series.csv order
# (from the first) and of those the first N, fits each method on `train` and forecasts n_test months with 80% and
# 95% intervals: ets = forecast(ets(x)), arima = forecast(auto.arima(x)), theta = thetaf(x); comb = mean of the
# three point forecasts (no interval). Scoring is left to the caller, so R's and Momentum's forecasts are scored by
# the same code. Writes OUTDIR/forecasts.csv (series,method,h,mean,lo80,hi80,lo95,hi95; a failed fit leaves no
# rows and is listed in errors.csv), OUTDIR/timing.csv (series,method,cpu_s,wall_s per fit) and OUTDIR/run.csv
# (R and forecast versions, series, cores, wall_s of the whole loop).
suppressPackageStartupMessages({
  library(forecast)
  library(parallel)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) stop("usage: Rscript m3.R OBSERVATIONS SERIES OUTDIR [--every K] [--first N] [--cores C] [--methods LIST]")
opt <- function(name, default) {
  i <- match(name, args)
  if (is.na(i) || i == length(args)) default else args[i + 1]
}
obs_file <- args[1]; series_file <- args[2]; out_dir <- args[3]
every <- as.integer(opt("--every", "1"))
first <- as.integer(opt("--first", "0"))
cores <- as.integer(opt("--cores", "1"))
methods <- strsplit(opt("--methods", "ets,arima,theta"), ",")[[1]]
known <- c("ets", "arima", "theta")
if (!all(methods %in% known)) stop("unknown method in --methods: ", paste(setdiff(methods, known), collapse = ","))
if (is.na(every) || every < 1) stop("--every must be a positive integer")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

meta <- read.csv(series_file, colClasses = c(series = "character", category = "character"))
obs <- read.csv(obs_file, colClasses = c(series = "character", category = "character", split = "character"))
pick <- meta[seq(1, nrow(meta), by = every), ]
if (!is.na(first) && first > 0) pick <- head(pick, first)
train <- split(obs[obs$split == "train", ], obs$series[obs$split == "train"])

fit_one <- function(method, x, h) {
  switch(method,
    ets = forecast(ets(x), h = h, level = c(80, 95)),
    arima = forecast(auto.arima(x), h = h, level = c(80, 95)),
    theta = thetaf(x, h = h, level = c(80, 95)))
}

run_series <- function(i) {
  s <- pick[i, ]
  tr <- train[[s$series]]
  tr <- tr[order(tr$t), ]
  x <- ts(tr$value, frequency = s$frequency, start = c(s$start_year, s$start_period))
  h <- s$n_test
  rows <- list(); timing <- list(); errors <- list(); means <- list()
  for (m in methods) {
    t0 <- proc.time()
    f <- tryCatch(fit_one(m, x, h), error = function(e) e)
    dt <- proc.time() - t0
    timing[[m]] <- data.frame(series = s$series, method = m, cpu_s = dt[["user.self"]] + dt[["sys.self"]],
                              wall_s = dt[["elapsed"]])
    if (inherits(f, "error")) {
      errors[[m]] <- data.frame(series = s$series, method = m, message = conditionMessage(f))
      next
    }
    mu <- as.numeric(f$mean)
    means[[m]] <- mu
    rows[[m]] <- data.frame(series = s$series, method = m, h = seq_len(h), mean = mu,
                            lo80 = as.numeric(f$lower[, 1]), hi80 = as.numeric(f$upper[, 1]),
                            lo95 = as.numeric(f$lower[, 2]), hi95 = as.numeric(f$upper[, 2]))
  }
  if (all(known %in% names(means))) {
    comb <- (means$ets + means$arima + means$theta) / 3
    rows$comb <- data.frame(series = s$series, method = "comb", h = seq_len(h), mean = comb,
                            lo80 = NA, hi80 = NA, lo95 = NA, hi95 = NA)
  }
  list(rows = do.call(rbind, rows), timing = do.call(rbind, timing), errors = do.call(rbind, errors))
}

wall0 <- proc.time()
res <- if (cores > 1) mclapply(seq_len(nrow(pick)), run_series, mc.cores = cores, mc.preschedule = FALSE) else
  lapply(seq_len(nrow(pick)), run_series)
wall <- (proc.time() - wall0)[["elapsed"]]
failed <- vapply(res, function(r) inherits(r, "try-error"), logical(1))
if (any(failed)) stop("worker failed: ", as.character(res[[which(failed)[1]]]))

write.csv(do.call(rbind, lapply(res, `[[`, "rows")), file.path(out_dir, "forecasts.csv"), row.names = FALSE, na = "")
write.csv(do.call(rbind, lapply(res, `[[`, "timing")), file.path(out_dir, "timing.csv"), row.names = FALSE)
errs <- do.call(rbind, lapply(res, `[[`, "errors"))
if (is.null(errs)) errs <- data.frame(series = character(), method = character(), message = character())
write.csv(errs, file.path(out_dir, "errors.csv"), row.names = FALSE)
write.csv(data.frame(r_version = R.version.string, forecast_version = as.character(packageVersion("forecast")),
                     series = nrow(pick), cores = cores, wall_s = wall),
          file.path(out_dir, "run.csv"), row.names = FALSE)
cat(sprintf("R %s, forecast %s: %d series, %s, %d cores, %.1f s wall\n", getRversion(), packageVersion("forecast"),
            nrow(pick), paste(methods, collapse = ","), cores, wall))
