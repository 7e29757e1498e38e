// One visible registry of the CLI's commands: each file registers one command on the program.
import type { Command } from "commander";
import { register as build } from "./build.js";
import { register as view } from "./view.js";
import { register as exportCommand } from "./export.js";
import { register as query } from "./query.js";
import { register as show } from "./show.js";
import { register as paths } from "./paths.js";
import { register as extract } from "./extract.js";
import { register as merge } from "./merge.js";
import { register as explain } from "./explain.js";
import { register as mentions } from "./mentions.js";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [build, extract, explain, mentions, merge, view, exportCommand, query, show, paths];
