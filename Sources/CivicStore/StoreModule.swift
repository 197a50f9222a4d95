import CivicCore
import GRDB
